#include "models/domain/Money.h"

#include "models/common/Error.h"

#include <QRegularExpression>

namespace garagereg {

const QStringList &Money::knownCurrencies()
{
    static const QStringList currencies{QStringLiteral("HUF"), QStringLiteral("EUR"), QStringLiteral("USD"),
                                        QStringLiteral("GBP"), QStringLiteral("CHF"), QStringLiteral("CZK"),
                                        QStringLiteral("PLN"), QStringLiteral("RON")};
    return currencies;
}

int Money::decimals(const QString &currency)
{
    if (!isKnownCurrency(currency))
        return -1;
    return currency == QLatin1String("HUF") ? 0 : 2;
}

qint64 Money::parse(const QString &text, const QString &currency)
{
    const int places = decimals(currency);
    if (places < 0)
        throw Error(tr("Unknown currency \"%1\"; known currencies: %2.")
                        .arg(currency, knownCurrencies().join(QStringLiteral(", "))));
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,15})(?:[.,](\\d+))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().remove(QLatin1Char(' ')));
    if (!match.hasMatch())
        throw Error(tr("\"%1\" is not an amount such as 12999 or 12999.50.").arg(text));
    if (!match.captured(1).isEmpty())
        throw Error(tr("The amount %1 is negative.").arg(text));
    const QString fraction = match.captured(3);
    if (fraction.size() > places)
        throw Error(places == 0 ? tr("%1 has no minor unit: %2 cannot have decimals.").arg(currency, text)
                                : tr("%1 has %2 decimals: %3 has more.").arg(currency).arg(places).arg(text));
    qint64 minor = match.captured(2).toLongLong();
    for (int i = 0; i < places; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return minor;
}

QString Money::format(qint64 minorUnits, const QString &currency)
{
    const int places = std::max(decimals(currency), 0);
    if (places == 0)
        return QString::number(minorUnits);
    qint64 divisor = 1;
    for (int i = 0; i < places; ++i)
        divisor *= 10;
    const QString sign = minorUnits < 0 ? QStringLiteral("-") : QString();
    const qint64 absolute = minorUnits < 0 ? -minorUnits : minorUnits;
    return sign + QString::number(absolute / divisor) + QLatin1Char('.')
           + QStringLiteral("%1").arg(absolute % divisor, places, 10, QLatin1Char('0'));
}

const QStringList &VatCodes::known()
{
    // Rates, then the NAV exemption and reverse-charge codes.
    static const QStringList codes{QStringLiteral("27%"), QStringLiteral("18%"), QStringLiteral("5%"),
                                   QStringLiteral("0%"),  QStringLiteral("AAM"), QStringLiteral("TAM"),
                                   QStringLiteral("EU"),  QStringLiteral("EUK"), QStringLiteral("MAA"),
                                   QStringLiteral("FAD")};
    return codes;
}

} // namespace garagereg
