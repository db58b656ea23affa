#pragma once

#include "ui/Page.h"

class QComboBox;
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

signals:
    void syncFinished(qint64 syncLogId);

protected:
    void retranslateUi() override;

private:
    void reload();
    void reloadConflicts();
    void setRunning(bool running);

    GuiServices &m_services;
    SyncLogTableModel *m_model = nullptr;
    QComboBox *m_integration = nullptr;
    QComboBox *m_direction = nullptr;
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
