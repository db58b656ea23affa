#pragma once

#include "ui/Page.h"
#include "ui/Sections.h"

#include <QList>
#include <QMainWindow>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace garagereg {

class BackgroundReads;
class Database;
class Page;

// The main window: section navigation on the left, the current section's page
// on the right, the open database and its schema version in the status bar.
// It reads the database only through the core (DatabaseInspector), never SQL.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The database (and `reads`) must outlive the window. With `reads`, the row
    // counts are read on its thread and the window paints before they arrive;
    // without, they are read at once.
    explicit MainWindow(const Database &database, BackgroundReads *reads = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces a section's placeholder with a working page (the window takes it).
    // Pages that are tables fill the area themselves instead of scrolling.
    void installPage(Page *page);

    Section currentSection() const;

public Q_SLOTS:
    // Re-reads the row counts and the schema version. A failure is shown in the
    // window (not in a modal dialog) and the last counts stay visible.
    void refresh();
    void showSection(garagereg::Section section);
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void retranslateUi();
    void updateStatusBar();
    struct Snapshot;
    static Snapshot readSnapshot(const Database &database);
    void showSnapshot(const Snapshot &snapshot);
    void showRefreshError(const QString &message);

    const Database &m_database;
    BackgroundReads *m_reads = nullptr;
    int m_schemaVersion = -1;
    std::optional<RowCounts> m_counts; // the last read, for pages installed later

    QList<Page *> m_pages;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_refreshError = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_sectionActions = nullptr;
};

} // namespace garagereg
