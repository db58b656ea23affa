#include "ui/CurlCommand.h"

#include <QStringList>

namespace garagereg {

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlCommand::build(const QString &url, const HttpHeaders &headers, const QByteArray &body)
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-X POST"), shellQuote(url)};
    for (const auto &[name, value] : headers) {
        // curl computes these itself.
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "host")
            continue;
        parts << QStringLiteral("-H ")
                     + shellQuote(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    }
    parts << QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(body));
    return parts.join(QStringLiteral(" \\\n  "));
}

} // namespace garagereg
