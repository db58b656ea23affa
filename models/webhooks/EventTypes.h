#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace garagereg {

// The catalogue of event types GarageReg raises, in the order people read them.
class EventTypes
{
    Q_DECLARE_TR_FUNCTIONS(EventTypes)

public:
    static const QStringList &all();
    static bool isKnown(const QString &type);
    // One translated sentence saying when the event happens.
    static QString description(const QString &type);
    // Throws garagereg::Error naming the unknown types and listing the known ones.
    static void requireKnown(const QStringList &types);

    static QString ping() { return QStringLiteral("ping"); }
};

} // namespace garagereg
