#include "models/domain/Part.h"

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
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyPattern.match(part.currency).hasMatch())
        problems << tr("The currency \"%1\" is not an ISO 4217 code such as HUF or EUR.").arg(part.currency);
    if (part.unit.trimmed().isEmpty())
        problems << tr("The unit is empty.");
    if (part.minimumStock < 0)
        problems << tr("The minimum stock must not be negative.");
    return problems;
}

} // namespace garagereg
