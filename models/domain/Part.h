#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace garagereg {

// A spare part in GarageReg's catalogue. The part number is the natural key.
// The price is fixed-point: minor units of the currency (HUF has none, EUR cents).
struct Part
{
    qint64 id = 0;
    QString partNumber;
    QString name;
    QString description;
    QString category;
    QString unit = QStringLiteral("pcs");
    qint64 unitPriceMinor = 0;
    QString currency = QStringLiteral("HUF");
    QString vatCode;
    qint64 stockQuantity = 0;
    qint64 minimumStock = 0;
    QString supplier;
    QDateTime deletedAt; // tombstone; invalid while the part exists
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isDeleted() const { return deletedAt.isValid(); }
    bool isLowOnStock() const { return stockQuantity < minimumStock; }

    friend bool operator==(const Part &, const Part &) = default;
};

class PartValidator
{
    Q_DECLARE_TR_FUNCTIONS(PartValidator)

public:
    static QStringList problems(const Part &part);
};

} // namespace garagereg
