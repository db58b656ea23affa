#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace garagereg {

// Throws garagereg::Error("<what> is not valid: <problems>") when problems is not empty.
void throwIfInvalid(const QString &what, const QStringList &problems);

QString toJsonText(const QJsonObject &object);
QString toJsonText(const QJsonArray &array);
// Throws garagereg::Error when a stored column does not hold the expected JSON.
QJsonObject jsonObjectFromText(const QString &text, const QString &column);
QJsonArray jsonArrayFromText(const QString &text, const QString &column);

} // namespace garagereg
