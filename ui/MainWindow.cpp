#include "ui/MainWindow.h"

#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseInspector.h"
#include "ui/AboutDialog.h"
#include "ui/ApplicationIcon.h"
#include "ui/BackgroundReads.h"
#include "ui/DashboardPage.h"
#include "ui/SectionPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace garagereg {

namespace {

constexpr int SectionRole = Qt::UserRole;

const auto windowStyleSheet = QStringLiteral(
    "QListWidget#navigation { border: none; padding: 10px 8px; outline: 0; }"
    "QListWidget#navigation::item { padding: 9px 12px; margin: 1px 0px; border-radius: 5px; }"
    "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
    "QLabel#refreshError { background: #fde8e8; color: #8a1c1c; border: 1px solid #f0b4b4;"
    " border-radius: 4px; padding: 8px 12px; }");

} // namespace

struct MainWindow::Snapshot
{
    RowCounts counts;
    int schemaVersion = -1;
};

MainWindow::MainWindow(const Database &database, BackgroundReads *reads, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_reads(reads)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    setStyleSheet(windowStyleSheet);
    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();
    retranslateUi();
    resize(1100, 700);
    showSection(Section::Dashboard);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::installPage(Page *page)
{
    const int index = int(SectionInfo::all().indexOf(page->section()));
    if (index < 0)
        return;
    QWidget *old = m_stack->widget(index);
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(old);
    old->deleteLater();
    m_pages[index] = page;
    if (m_counts)
        page->setRowCounts(*m_counts);
    m_stack->setCurrentIndex(m_navigation->currentRow() >= 0 ? m_navigation->currentRow() : 0);
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(windowIcon(), QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_sectionActions = new QActionGroup(this);
    m_sectionActions->setExclusive(true);
    int number = 1;
    for (const Section section : SectionInfo::all()) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("showAction-") + SectionInfo::key(section));
        action->setCheckable(true);
        action->setData(int(section));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        m_sectionActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_refreshAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_sectionActions->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_refreshAction);
}

void MainWindow::createCentralWidget()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(210);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pages"));

    for (const Section section : SectionInfo::all()) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setData(SectionRole, int(section));
        Page *page = section == Section::Dashboard ? static_cast<Page *>(new DashboardPage)
                                                   : static_cast<Page *>(new SectionPage(section));
        m_pages.append(page);
        // A small window scrolls the page instead of growing past the screen.
        auto *scrollArea = new QScrollArea;
        scrollArea->setObjectName(QStringLiteral("scroll-") + SectionInfo::key(section));
        scrollArea->setFrameShape(QFrame::NoFrame);
        scrollArea->setWidgetResizable(true);
        scrollArea->setWidget(page);
        m_stack->addWidget(scrollArea);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size())
            showSection(m_pages.at(row)->section());
    });

    m_refreshError = new QLabel;
    m_refreshError->setObjectName(QStringLiteral("refreshError"));
    m_refreshError->setWordWrap(true);
    m_refreshError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshError->hide();

    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    auto *errorMargin = new QVBoxLayout;
    errorMargin->setContentsMargins(28, 16, 28, 0);
    errorMargin->addWidget(m_refreshError);
    right->addLayout(errorMargin);
    right->addWidget(m_stack, 1);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addLayout(right, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setContentsMargins(8, 2, 8, 2);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must not widen the window: the label is clipped, the tool tip is whole.
    m_databaseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_schemaLabel = new QLabel;
    m_schemaLabel->setObjectName(QStringLiteral("schemaLabel"));
    m_schemaLabel->setContentsMargins(8, 2, 8, 2);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_schemaLabel);
}

Section MainWindow::currentSection() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_pages.size() ? m_pages.at(index)->section() : Section::Dashboard;
}

void MainWindow::showSection(Section section)
{
    const auto index = SectionInfo::all().indexOf(section);
    if (index < 0)
        return;
    m_stack->setCurrentIndex(int(index));
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(int(index));
    for (QAction *action : m_sectionActions->actions()) {
        if (action->data().toInt() == int(section))
            action->setChecked(true);
    }
}

MainWindow::Snapshot MainWindow::readSnapshot(const Database &database)
{
    const DatabaseInspector inspector(database);
    Snapshot snapshot;
    for (const TableRowCount &count : inspector.tableRowCounts())
        snapshot.counts.insert(count.table, count.rows);
    snapshot.schemaVersion = inspector.schemaVersion();
    return snapshot;
}

void MainWindow::refresh()
{
    if (m_reads) {
        m_reads->run<Snapshot>(
            this, [&database = m_database] { return readSnapshot(database); },
            [this](const Snapshot &snapshot) { showSnapshot(snapshot); },
            [this](const QString &message) { showRefreshError(message); });
        return;
    }
    try {
        showSnapshot(readSnapshot(m_database));
    } catch (const Error &error) {
        showRefreshError(error.message());
    }
}

void MainWindow::showSnapshot(const Snapshot &snapshot)
{
    m_counts = snapshot.counts;
    m_schemaVersion = snapshot.schemaVersion;
    for (Page *page : std::as_const(m_pages))
        page->setRowCounts(snapshot.counts);
    m_refreshError->clear();
    m_refreshError->hide();
    updateStatusBar();
}

void MainWindow::showRefreshError(const QString &message)
{
    m_refreshError->setText(tr("Could not read the database: %1").arg(message));
    m_refreshError->show();
    updateStatusBar();
}

void MainWindow::showAbout()
{
    auto *dialog = findChild<AboutDialog *>();
    if (!dialog) {
        dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("GarageReg Integrations"));

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main tool bar"));

    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Read the row counts from the database again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About GarageReg Integrations"));

    for (QAction *action : m_sectionActions->actions())
        action->setText(SectionInfo::title(Section(action->data().toInt())));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const auto section = Section(item->data(SectionRole).toInt());
        item->setText(SectionInfo::title(section));
        item->setToolTip(SectionInfo::description(section));
    }
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    const QString url = m_database.url().toString();
    m_databaseLabel->setText(tr("Database: %1").arg(url));
    m_databaseLabel->setToolTip(url);
    m_schemaLabel->setText(m_schemaVersion < 0 ? tr("Schema version: unknown")
                                               : tr("Schema version: %1").arg(m_schemaVersion));
}

} // namespace garagereg
