#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace garagereg {

// A subscription's payload filter: a JSON object whose keys are (dotted) paths
// into the event payload and whose values say what must be there. Every key
// must match.
//   {"priority": ["high", "critical"]}   payload.priority is one of those
//   {"gate.site": "Győr"}                 nested field equals a scalar
//   {"count": {"$gte": 5, "$lt": 10}}    operators: $eq $ne $in $nin $gt $gte $lt $lte $exists
// Where the payload holds an array, equality and $in match when any element does.
class EventFilter
{
    Q_DECLARE_TR_FUNCTIONS(EventFilter)

public:
    // Throws garagereg::Error with a message that names the offending key.
    static EventFilter parse(const QJsonObject &filters);
    // The same checks without throwing: one sentence per problem.
    static QStringList problems(const QJsonObject &filters);

    bool matches(const QJsonObject &payload) const;
    bool isEmpty() const { return m_conditions.isEmpty(); }

private:
    enum class Operator { Eq, Ne, In, Nin, Gt, Gte, Lt, Lte, Exists };
    struct Condition
    {
        QStringList path;
        Operator op;
        QJsonValue operand;
    };

    static QString checkCondition(const QString &key, Operator op, const QJsonValue &operand);
    static bool conditionHolds(const Condition &condition, const QJsonObject &payload);

    QList<Condition> m_conditions;
};

} // namespace garagereg
