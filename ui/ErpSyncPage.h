#pragma once

#include "models/erp/Sync.h"
#include "ui/Page.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace garagereg {

struct GuiServices;
class SyncLogTableModel;

// ERP sync for support staff: run a sync (with progress and Cancel; the event
// loop keeps turning), the history of runs, and the conflicts waiting for a person.
class ErpSyncPage : public Page
{
    Q_OBJECT

public:
    explicit ErpSyncPage(GuiServices &services, QWidget *parent = nullptr);

    void setRowCounts(const RowCounts &counts) override;
    SyncLogTableModel *model() const { return m_model; }
    bool isSyncing() const { return m_running; }

    void startSync();
    void cancelSync();
    // Resolves the selected conflict: "erp" or "local".
    void resolveSelectedConflict(const QString &take);
    // One line for a conflict: the part number and the fields that differ.
    static QString conflictText(const SyncConflict &conflict);
    // Shows the per-record entries of the run in that row of the history.
    void showRunDetail(int row);

signals:
    void syncFinished(qint64 syncLogId);

protected:
    void retranslateUi() override;

private:
    void reload();
    void reloadConflicts();
    void setRunning(bool running);
    QStringList enteredPartNumbers() const;

    GuiServices &m_services;
    SyncLogTableModel *m_model = nullptr;
    QComboBox *m_integration = nullptr;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_partNumbers = nullptr;
    QCheckBox *m_force = nullptr;
    QLabel *m_entriesTitle = nullptr;
    QTableWidget *m_entries = nullptr;
    qint64 m_shownRun = 0;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QTableView *m_runs = nullptr;
    QLabel *m_conflictsTitle = nullptr;
    QListWidget *m_conflicts = nullptr;
    QPushButton *m_takeErp = nullptr;
    QPushButton *m_takeLocal = nullptr;
    bool m_running = false;
    qint64 m_runningLog = 0;
};

} // namespace garagereg
