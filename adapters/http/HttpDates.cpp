#include "adapters/http/HttpDates.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace garagereg {

bool isAllDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QDateTime parseHttpDate(const QByteArray &value, const QDateTime &now)
{
    const QLocale c = QLocale::c(); // English month names whatever the user's locale
    const QString text = QString::fromLatin1(value).simplified();
    const QStringList parts = text.split(QLatin1Char(' '));
    QDate date;
    QTime time;
    if (parts.size() == 6 && parts.at(0).endsWith(QLatin1Char(',')) && parts.at(5) == QLatin1String("GMT")) {
        date = c.toDate(parts.at(1) + QLatin1Char(' ') + parts.at(2) + QLatin1Char(' ') + parts.at(3),
                        QStringLiteral("d MMM yyyy"));
        time = c.toTime(parts.at(4), QStringLiteral("HH:mm:ss"));
    } else if (parts.size() == 4 && parts.at(0).endsWith(QLatin1Char(',')) && parts.at(3) == QLatin1String("GMT")) {
        const QStringList dayMonthYear = parts.at(1).split(QLatin1Char('-'));
        bool yearOk = false;
        const int twoDigitYear = dayMonthYear.size() == 3 ? dayMonthYear.at(2).toInt(&yearOk) : -1;
        if (yearOk && dayMonthYear.at(2).size() == 2) {
            // A two-digit year more than 50 years in the future means the past century.
            int year = now.date().year() / 100 * 100 + twoDigitYear;
            if (year > now.date().year() + 50)
                year -= 100;
            date = c.toDate(dayMonthYear.at(0) + QLatin1Char(' ') + dayMonthYear.at(1) + QLatin1Char(' ')
                                + QString::number(year),
                            QStringLiteral("d MMM yyyy"));
        }
        time = c.toTime(parts.at(2), QStringLiteral("HH:mm:ss"));
    } else if (parts.size() == 5) {
        date = c.toDate(parts.at(2) + QLatin1Char(' ') + parts.at(1) + QLatin1Char(' ') + parts.at(4),
                        QStringLiteral("d MMM yyyy"));
        time = c.toTime(parts.at(3), QStringLiteral("HH:mm:ss"));
    }
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

std::optional<qint64> parseRetryAfter(const QByteArray &rawValue, const QDateTime &now)
{
    const QByteArray value = rawValue.trimmed();
    if (isAllDigits(value)) {
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        return ok ? std::min(seconds, maxRetryAfterSeconds) : maxRetryAfterSeconds; // !ok: too many digits
    }
    const QDateTime at = parseHttpDate(value, now);
    if (!at.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(at);
    if (ms <= 0)
        return 0;
    return std::min((ms + 999) / 1000, maxRetryAfterSeconds); // rounded up: never earlier than asked
}

} // namespace garagereg
