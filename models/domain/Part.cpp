#include "models/domain/Part.h"

#include "models/domain/Money.h"

#include <QRegularExpression>

namespace garagereg {

QStringList PartValidator::problems(const Part &part)
{
    QStringList problems;
    static const QRegularExpression partNumberPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$"));
    if (!partNumberPattern.match(part.partNumber).hasMatch())
        problems << tr("The part number \"%1\" must be 1 to 64 letters, digits, dots, dashes, slashes or "
                       "underscores, starting with a letter or digit.")
                        .arg(part.partNumber);
    if (part.name.trimmed().isEmpty())
        problems << tr("The name is empty.");
    if (part.unitPriceMinor < 0)
        problems << tr("The unit price must not be negative.");
    if (!Money::isKnownCurrency(part.currency))
        problems << tr("The currency \"%1\" is not one of %2.")
                        .arg(part.currency, Money::knownCurrencies().join(QStringLiteral(", ")));
    if (!part.vatCode.isEmpty() && !VatCodes::isKnown(part.vatCode))
        problems << tr("The VAT code \"%1\" is not one of %2.")
                        .arg(part.vatCode, VatCodes::known().join(QStringLiteral(", ")));
    if (part.stockQuantity < 0)
        problems << tr("The stock must not be negative.");
    if (part.unit.trimmed().isEmpty())
        problems << tr("The unit is empty.");
    if (part.minimumStock < 0)
        problems << tr("The minimum stock must not be negative.");
    return problems;
}

} // namespace garagereg
