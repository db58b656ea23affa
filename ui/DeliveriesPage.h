#pragma once

#include "ui/DeliveryDetailDialog.h"
#include "ui/Page.h"

#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace garagereg {

class DeliveryLogModel;
struct GuiServices;

// The delivery log: a filter bar (status, event type, subscription, time range,
// request id with a debounce), the table (paged from the database, status in
// colour and as text) and, on double-click or Enter, a DeliveryDetailDialog.
class DeliveriesPage : public Page
{
    Q_OBJECT

public:
    explicit DeliveriesPage(GuiServices &services, QWidget *parent = nullptr);

    void setRowCounts(const RowCounts &counts) override;

    DeliveryLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Opens (non-modal) the detail of a row of the model; returns the dialog.
    DeliveryDetailDialog *openDetail(int row);
    DeliveryDetailDialog *detailDialog() const { return m_detail; }
    // Applies the filter bar now (the text fields otherwise wait for the debounce).
    void applyFilter();

protected:
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    GuiServices &m_services;
    DeliveryLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_eventLabel = nullptr;
    QComboBox *m_eventType = nullptr;
    QLabel *m_subscriptionLabel = nullptr;
    QLineEdit *m_subscription = nullptr;
    QLabel *m_sinceLabel = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QLabel *m_untilLabel = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QLineEdit *m_requestId = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_debounce = nullptr;
    QPointer<DeliveryDetailDialog> m_detail;
};

} // namespace garagereg
