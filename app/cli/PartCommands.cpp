#include "app/cli/CliContext.h"

#include "app/services/InventoryEvents.h"
#include "app/services/WebhookEventService.h"
#include "models/domain/Money.h"
#include "models/storage/PartRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace garagereg {

namespace {

class PartCommands
{
    Q_DECLARE_TR_FUNCTIONS(PartCommands)

public:
    static QList<CliCommand> commands();

private:
    static int list(CliContext &context);
    static int show(CliContext &context);
    static int add(CliContext &context);
    static int set(CliContext &context);
    static int remove(CliContext &context);
    static void applyOptions(const CliContext &context, Part &part);
    static QJsonObject toJson(const Part &part);
    static void announceLowStock(CliContext &context, const std::optional<Part> &before, const Part &after);
};

QJsonObject PartCommands::toJson(const Part &part)
{
    return {{QStringLiteral("part_number"), part.partNumber},
            {QStringLiteral("name"), part.name},
            {QStringLiteral("description"), part.description},
            {QStringLiteral("category"), part.category},
            {QStringLiteral("unit"), part.unit},
            {QStringLiteral("unit_price"), Money::format(part.unitPriceMinor, part.currency)},
            {QStringLiteral("unit_price_minor"), part.unitPriceMinor},
            {QStringLiteral("currency"), part.currency},
            {QStringLiteral("vat_code"), part.vatCode},
            {QStringLiteral("stock_quantity"), part.stockQuantity},
            {QStringLiteral("minimum_stock"), part.minimumStock},
            {QStringLiteral("low_stock"), part.isLowOnStock()},
            {QStringLiteral("supplier"), part.supplier},
            {QStringLiteral("deleted"), part.isDeleted()},
            {QStringLiteral("created_at"), part.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated_at"), part.updatedAt.toString(Qt::ISODateWithMs)}};
}

void PartCommands::applyOptions(const CliContext &context, Part &part)
{
    const auto text = [&context](const char *option, QString &field) {
        if (context.isSet(QLatin1String(option)))
            field = context.value(QLatin1String(option));
    };
    text("name", part.name);
    text("description", part.description);
    text("category", part.category);
    text("unit", part.unit);
    text("vat", part.vatCode);
    text("supplier", part.supplier);
    text("currency", part.currency);
    if (context.isSet(QStringLiteral("unit-price"))) {
        try {
            part.unitPriceMinor = Money::parse(context.value(QStringLiteral("unit-price")), part.currency);
        } catch (const Error &error) {
            throw Error(tr("--unit-price: %1").arg(error.message()));
        }
    }
    if (const std::optional<int> stock = context.intOption(QStringLiteral("stock"), -1'000'000'000, 1'000'000'000))
        part.stockQuantity = *stock;
    if (const std::optional<int> minimum = context.intOption(QStringLiteral("min-stock"), -1'000'000'000, 1'000'000'000))
        part.minimumStock = *minimum;
}

void PartCommands::announceLowStock(CliContext &context, const std::optional<Part> &before, const Part &after)
{
    const bool lowBefore = before && before->isLowOnStock();
    if (!after.isLowOnStock() || lowBefore)
        return;
    WebhookEventService events(context.database(), context.clock());
    WebhookInventoryEvents(events).stockFellBelowMinimum(after);
    context.err() << tr("Stock of %1 is below its minimum: inventory.low_stock raised.").arg(after.partNumber) << '\n';
}

int PartCommands::list(CliContext &context)
{
    const QList<Part> parts = PartRepository(context.database(), context.clock())
                                  .search(context.value(QStringLiteral("search")),
                                          context.isSet(QStringLiteral("low-stock")),
                                          context.isSet(QStringLiteral("deleted")));
    if (context.json()) {
        QJsonArray array;
        for (const Part &part : parts)
            array.append(toJson(part));
        context.printJson(array);
        return ExitSuccess;
    }
    context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(tr("PART NUMBER"), -16)
                         .arg(tr("NAME"), -34)
                         .arg(tr("PRICE"), 14)
                         .arg(tr("STOCK"), 7)
                         .arg(tr("MIN"), 5)
                  << '\n';
    for (const Part &part : parts)
        context.out() << QStringLiteral("%1  %2  %3  %4  %5%6")
                             .arg(part.partNumber, -16)
                             .arg(part.name.left(34), -34)
                             .arg(Money::format(part.unitPriceMinor, part.currency) + QLatin1Char(' ') + part.currency,
                                  14)
                             .arg(part.stockQuantity, 7)
                             .arg(part.minimumStock, 5)
                             .arg(part.isLowOnStock() ? tr("  LOW") : QString())
                      << '\n';
    return ExitSuccess;
}

int PartCommands::show(CliContext &context)
{
    const QString number = context.arguments().value(0);
    const std::optional<Part> part = PartRepository(context.database(), context.clock()).findByNumber(number);
    if (!part)
        throw Error(tr("There is no part %1.").arg(number));
    const QJsonObject json = toJson(*part);
    if (context.json()) {
        context.printJson(json);
        return ExitSuccess;
    }
    context.printFields(json);
    return ExitSuccess;
}

int PartCommands::add(CliContext &context)
{
    Part part;
    part.partNumber = context.requiredValue(QStringLiteral("number"));
    applyOptions(context, part);
    const Part created = PartRepository(context.database(), context.clock()).create(part);
    announceLowStock(context, std::nullopt, created);
    if (context.json())
        context.printJson(toJson(created));
    else
        context.out() << created.partNumber << '\n';
    return ExitSuccess;
}

int PartCommands::set(CliContext &context)
{
    const QString number = context.arguments().value(0);
    PartRepository repository(context.database(), context.clock());
    const std::optional<Part> before = repository.findByNumber(number);
    if (!before || before->isDeleted())
        throw Error(tr("There is no part %1.").arg(number));
    Part part = *before;
    applyOptions(context, part);
    const Part updated = repository.update(part);
    announceLowStock(context, before, updated);
    if (context.json())
        context.printJson(toJson(updated));
    else
        context.out() << tr("Part %1 updated.").arg(number) << '\n';
    return ExitSuccess;
}

int PartCommands::remove(CliContext &context)
{
    const QString number = context.arguments().value(0);
    PartRepository(context.database(), context.clock()).markDeleted(number);
    context.out() << tr("Part %1 deleted (kept as a tombstone for the ERP sync).").arg(number) << '\n';
    return ExitSuccess;
}

QList<CliCommand> PartCommands::commands()
{
    const QString parts = QStringLiteral("parts");
    const QList<CliOption> fields{
        {QStringLiteral("name"), QStringLiteral("text"), tr("Its name.")},
        {QStringLiteral("description"), QStringLiteral("text"), tr("A description.")},
        {QStringLiteral("category"), QStringLiteral("text"), tr("Its category.")},
        {QStringLiteral("unit"), QStringLiteral("unit"), tr("Unit of measure (default pcs).")},
        {QStringLiteral("unit-price"), QStringLiteral("amount"),
         tr("Price per unit, e.g. 12999 (HUF) or 129.50 (EUR).")},
        {QStringLiteral("currency"), QStringLiteral("code"), tr("ISO 4217 code (default HUF).")},
        {QStringLiteral("vat"), QStringLiteral("code"), tr("VAT code: 27%, 18%, 5%, 0%, AAM, TAM, EU, EUK, MAA, FAD.")},
        {QStringLiteral("stock"), QStringLiteral("n"), tr("Quantity in stock.")},
        {QStringLiteral("min-stock"), QStringLiteral("n"), tr("Below this, inventory.low_stock is raised.")},
        {QStringLiteral("supplier"), QStringLiteral("name"), tr("The supplier.")},
    };
    return {
        {{parts, QStringLiteral("list")},
         {},
         tr("The local spare-part catalogue."),
         {{QStringLiteral("search"), QStringLiteral("text"),
           tr("Only parts whose number, name or category contains this.")},
          {QStringLiteral("low-stock"), {}, tr("Only parts below their minimum stock.")},
          {QStringLiteral("deleted"), {}, tr("Include deleted parts.")}},
         0,
         0,
         list},
        {{parts, QStringLiteral("show")}, QStringLiteral("PART_NUMBER"), tr("One part."), {}, 1, 1, show},
        {{parts, QStringLiteral("add")},
         {},
         tr("Add a part to the local catalogue."),
         QList<CliOption>{
             {QStringLiteral("number"), QStringLiteral("part-number"), tr("The part number (natural key).")}}
             + fields,
         0,
         0,
         add},
        {{parts, QStringLiteral("set")}, QStringLiteral("PART_NUMBER"), tr("Change a part locally."), fields, 1, 1, set},
        {{parts, QStringLiteral("delete")},
         QStringLiteral("PART_NUMBER"),
         tr("Delete a part (a tombstone the ERP sync can see)."),
         {},
         1,
         1,
         remove},
    };
}

} // namespace

QList<CliCommand> partCommands()
{
    return PartCommands::commands();
}

} // namespace garagereg
