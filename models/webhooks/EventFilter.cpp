#include "models/webhooks/EventFilter.h"

#include "models/common/Error.h"

#include <QJsonArray>

#include <optional>

namespace garagereg {

namespace {

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool() || value.isNull();
}

bool isOrderable(const QJsonValue &value)
{
    return value.isString() || value.isDouble();
}

// Follows a dotted path; nullopt when any step is missing.
std::optional<QJsonValue> valueAt(const QJsonObject &payload, const QStringList &path)
{
    QJsonValue current(payload);
    for (const QString &segment : path) {
        if (!current.isObject() || !current.toObject().contains(segment))
            return std::nullopt;
        current = current.toObject().value(segment);
    }
    return current;
}

bool scalarEquals(const QJsonValue &actual, const QJsonValue &expected)
{
    if (actual.isArray()) {
        const QJsonArray elements = actual.toArray();
        return std::any_of(elements.begin(), elements.end(),
                           [&expected](const QJsonValue &element) { return element == expected; });
    }
    return actual == expected;
}

bool isIn(const QJsonValue &actual, const QJsonArray &candidates)
{
    return std::any_of(candidates.begin(), candidates.end(),
                       [&actual](const QJsonValue &candidate) { return scalarEquals(actual, candidate); });
}

// -1, 0, 1; nullopt when the two cannot be ordered (different types).
std::optional<int> compare(const QJsonValue &left, const QJsonValue &right)
{
    if (left.isDouble() && right.isDouble()) {
        const double a = left.toDouble();
        const double b = right.toDouble();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (left.isString() && right.isString())
        return left.toString().compare(right.toString());
    return std::nullopt;
}

} // namespace

QString EventFilter::checkCondition(const QString &key, Operator op, const QJsonValue &operand)
{
    switch (op) {
    case Operator::Eq:
    case Operator::Ne:
        if (!isScalar(operand))
            return tr("Filter key \"%1\": $eq and $ne need a string, number, true, false or null.").arg(key);
        return {};
    case Operator::In:
    case Operator::Nin: {
        if (!operand.isArray() || operand.toArray().isEmpty())
            return tr("Filter key \"%1\": a list of allowed values must be a non-empty JSON array.").arg(key);
        const QJsonArray values = operand.toArray();
        if (!std::all_of(values.begin(), values.end(), isScalar))
            return tr("Filter key \"%1\": the list may hold only strings, numbers, true, false or null.").arg(key);
        return {};
    }
    case Operator::Gt:
    case Operator::Gte:
    case Operator::Lt:
    case Operator::Lte:
        if (!isOrderable(operand))
            return tr("Filter key \"%1\": $gt, $gte, $lt and $lte need a number or a string.").arg(key);
        return {};
    case Operator::Exists:
        if (!operand.isBool())
            return tr("Filter key \"%1\": $exists needs true or false.").arg(key);
        return {};
    }
    return {};
}

QStringList EventFilter::problems(const QJsonObject &filters)
{
    try {
        parse(filters);
        return {};
    } catch (const Error &error) {
        return {error.message()};
    }
}

EventFilter EventFilter::parse(const QJsonObject &filters)
{
    static const QList<std::pair<QString, Operator>> operators{
        {QStringLiteral("$eq"), Operator::Eq},         {QStringLiteral("$ne"), Operator::Ne},
        {QStringLiteral("$in"), Operator::In},         {QStringLiteral("$nin"), Operator::Nin},
        {QStringLiteral("$gt"), Operator::Gt},         {QStringLiteral("$gte"), Operator::Gte},
        {QStringLiteral("$lt"), Operator::Lt},         {QStringLiteral("$lte"), Operator::Lte},
        {QStringLiteral("$exists"), Operator::Exists},
    };
    const auto fail = [](const QString &message) { throw Error(message); };

    EventFilter filter;
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        const QString key = it.key();
        const QStringList path = key.split(QLatin1Char('.'));
        if (key.isEmpty() || path.contains(QString()) || key.startsWith(QLatin1Char('$')))
            fail(tr("Filter key \"%1\" is not a field path such as \"priority\" or \"gate.site\".").arg(key));

        const QJsonValue value = it.value();
        if (value.isArray()) {
            if (const QString problem = checkCondition(key, Operator::In, value); !problem.isEmpty())
                fail(problem);
            filter.m_conditions.append({path, Operator::In, value});
        } else if (value.isObject()) {
            const QJsonObject operatorObject = value.toObject();
            if (operatorObject.isEmpty())
                fail(tr("Filter key \"%1\": an operator object needs at least one of $eq, $ne, $in, $nin, $gt, $gte, "
                        "$lt, $lte, $exists.")
                         .arg(key));
            for (auto op = operatorObject.begin(); op != operatorObject.end(); ++op) {
                const auto known = std::find_if(operators.begin(), operators.end(),
                                                [&op](const auto &entry) { return entry.first == op.key(); });
                if (known == operators.end())
                    fail(tr("Filter key \"%1\": unknown operator \"%2\" (use $eq, $ne, $in, $nin, $gt, $gte, $lt, "
                            "$lte or $exists; reach nested fields with dotted keys).")
                             .arg(key, op.key()));
                if (const QString problem = checkCondition(key, known->second, op.value()); !problem.isEmpty())
                    fail(problem);
                filter.m_conditions.append({path, known->second, op.value()});
            }
        } else {
            filter.m_conditions.append({path, Operator::Eq, value});
        }
    }
    return filter;
}

bool EventFilter::conditionHolds(const Condition &condition, const QJsonObject &payload)
{
    const std::optional<QJsonValue> actual = valueAt(payload, condition.path);
    switch (condition.op) {
    case Operator::Exists: return actual.has_value() == condition.operand.toBool();
    case Operator::Ne: return !actual || !scalarEquals(*actual, condition.operand);
    case Operator::Nin: return !actual || !isIn(*actual, condition.operand.toArray());
    default: break;
    }
    if (!actual)
        return false;
    switch (condition.op) {
    case Operator::Eq: return scalarEquals(*actual, condition.operand);
    case Operator::In: return isIn(*actual, condition.operand.toArray());
    default: break;
    }
    const std::optional<int> order = compare(*actual, condition.operand);
    if (!order)
        return false;
    switch (condition.op) {
    case Operator::Gt: return *order > 0;
    case Operator::Gte: return *order >= 0;
    case Operator::Lt: return *order < 0;
    case Operator::Lte: return *order <= 0;
    default: return false;
    }
}

bool EventFilter::matches(const QJsonObject &payload) const
{
    return std::all_of(m_conditions.begin(), m_conditions.end(),
                       [&payload](const Condition &condition) { return conditionHolds(condition, payload); });
}

} // namespace garagereg
