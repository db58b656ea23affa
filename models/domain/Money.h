#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace garagereg {

// Fixed-point money: an amount in the currency's minor units (HUF has none,
// EUR has cents) and an ISO 4217 code. Never a floating-point number.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    static const QStringList &knownCurrencies();
    static bool isKnownCurrency(const QString &currency) { return knownCurrencies().contains(currency); }
    // Digits after the decimal point: 0 for HUF, 2 for EUR; -1 for an unknown currency.
    static int decimals(const QString &currency);

    // "12999.50" or "12999,50" in EUR -> 1299950. Throws garagereg::Error naming
    // the problem: not a number, negative, too many decimals for the currency.
    static qint64 parse(const QString &text, const QString &currency);
    // 1299950 EUR -> "12999.50"; 12999 HUF -> "12999".
    static QString format(qint64 minorUnits, const QString &currency);
};

// VAT codes GarageReg uses on parts (Hungarian rates and exemptions).
class VatCodes
{
public:
    static const QStringList &known();
    static bool isKnown(const QString &code) { return known().contains(code); }
};

} // namespace garagereg
