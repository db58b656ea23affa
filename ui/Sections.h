#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace garagereg {

// The sections of the main window, in navigation order.
enum class Section {
    Dashboard,
    Integrations,
    Subscriptions,
    TriggerEvent,
    Deliveries,
    ErpSync,
    Parts,
    Settings,
};

// Names, descriptions and tables of each section. The texts are translated on
// every call, so callers re-read them on QEvent::LanguageChange.
class SectionInfo
{
    Q_DECLARE_TR_FUNCTIONS(SectionInfo)

public:
    static const QList<Section> &all();

    // Stable, untranslated identifier ("integrations", "erp-sync", ...), used
    // for object names and settings.
    static QString key(Section section);
    static QString title(Section section);
    static QString description(Section section);
    // The database tables whose rows the section will manage. The dashboard
    // covers every table of the schema, so its list is empty.
    static QStringList tables(Section section);
    // The table whose row count summarises the section on the dashboard.
    static QString primaryTable(Section section);

    // What a table holds, for people ("Webhook deliveries"); the table name
    // itself when it has no description.
    static QString tableDescription(const QString &table);
};

} // namespace garagereg
