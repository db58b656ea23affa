#include "ui/DeliveriesPage.h"

#include "models/items/DeliveryLogModel.h"
#include "models/webhooks/EventTypes.h"
#include "ui/DeliveryDetailDialog.h"
#include "ui/GuiServices.h"
#include "ui/LiveUpdates.h"

#include <QScrollBar>

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace garagereg {

namespace {

constexpr int debounceMs = 300;
const QDateTime noLimit(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);

// Colours the status column from the model's StatusRole (the core model has no QtGui).
class StatusColorProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == DeliveryLogModel::Status) {
            const QString status = QIdentityProxyModel::data(index, DeliveryLogModel::StatusRole).toString();
            if (status == QLatin1String("delivered"))
                return QBrush(QColor(0x1b, 0x7f, 0x3b));
            if (status == QLatin1String("failed"))
                return QBrush(QColor(0xb0, 0x1e, 0x1e));
            if (status == QLatin1String("retrying"))
                return QBrush(QColor(0xb3, 0x6b, 0x00));
            if (status == QLatin1String("expired"))
                return QBrush(QColor(0x6e, 0x6e, 0x6e));
            return QBrush(QColor(0x1f, 0x5f, 0xa8)); // pending
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QDateTimeEdit *makeTimeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setMinimumDateTime(noLimit.toLocalTime());
    edit->setDateTime(noLimit.toLocalTime());
    return edit;
}

QDateTime limitOf(const QDateTimeEdit *edit)
{
    return edit->dateTime() <= edit->minimumDateTime() ? QDateTime() : edit->dateTime().toUTC();
}

} // namespace

DeliveriesPage::DeliveriesPage(GuiServices &services, QWidget *parent)
    : Page(Section::Deliveries, parent)
    , m_services(services)
{
    // Follow deliveries as they happen (this process or a worker), but never
    // move the rows under a reader who has scrolled down or is elsewhere.
    if (services.liveUpdates) {
        connect(services.liveUpdates, &LiveUpdates::changed, this, [this] {
            if (isVisible() && m_view && m_view->verticalScrollBar()->value() == 0)
                setRowCounts({});
        });
    }

    auto *filterBar = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (DeliveryStatus status : {DeliveryStatus::Pending, DeliveryStatus::Retrying, DeliveryStatus::Delivered,
                                  DeliveryStatus::Failed, DeliveryStatus::Expired})
        m_status->addItem(QString(), deliveryStatusName(status));
    m_status->insertItem(0, QString(), QString());
    m_status->setCurrentIndex(0);
    m_eventLabel = new QLabel(this);
    m_eventType = new QComboBox(this);
    m_eventType->setObjectName(QStringLiteral("eventTypeFilter"));
    m_eventType->addItem(QString(), QString());
    for (const QString &type : EventTypes::all())
        m_eventType->addItem(type, type);
    m_subscriptionLabel = new QLabel(this);
    m_subscription = new QLineEdit(this);
    m_subscription->setObjectName(QStringLiteral("subscriptionFilter"));
    m_subscription->setMaximumWidth(90);
    m_sinceLabel = new QLabel(this);
    m_since = makeTimeEdit(QStringLiteral("sinceFilter"), this);
    m_untilLabel = new QLabel(this);
    m_until = makeTimeEdit(QStringLiteral("untilFilter"), this);
    m_requestId = new QLineEdit(this);
    m_requestId->setObjectName(QStringLiteral("requestIdFilter"));
    m_requestId->setClearButtonEnabled(true);
    filterBar->addWidget(m_statusLabel);
    filterBar->addWidget(m_status);
    filterBar->addWidget(m_eventLabel);
    filterBar->addWidget(m_eventType);
    filterBar->addWidget(m_subscriptionLabel);
    filterBar->addWidget(m_subscription);
    filterBar->addWidget(m_sinceLabel);
    filterBar->addWidget(m_since);
    filterBar->addWidget(m_untilLabel);
    filterBar->addWidget(m_until);
    filterBar->addWidget(m_requestId, 1);
    contentLayout()->addLayout(filterBar);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("deliveriesError"));
    m_error->setWordWrap(true);
    m_error->hide();
    contentLayout()->addWidget(m_error);

    m_model = new DeliveryLogModel(services.database, services.clock, 200, this);
    auto *proxy = new StatusColorProxy(this);
    proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deliveriesView"));
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(DeliveryLogModel::CreatedAt, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->installEventFilter(this);
    setContentFillsHeight(true);
    contentLayout()->addWidget(m_view, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("deliveriesCount"));
    contentLayout()->addWidget(m_count);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DeliveriesPage::applyFilter);
    connect(m_requestId, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_subscription, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_eventType, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, &DeliveriesPage::applyFilter);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &DeliveriesPage::applyFilter);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (DeliveryLogModel::isSortable(column))
                    m_model->sort(column, order);
            });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openDetail(index.row()); });
    connect(m_model, &DeliveryLogModel::errorOccurred, this, [this](const QString &message) {
        m_error->setText(tr("Could not read the delivery log: %1").arg(message));
        m_error->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveriesPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeliveriesPage::updateCount);

    DeliveriesPage::retranslateUi();
    applyFilter();
}

void DeliveriesPage::applyFilter()
{
    m_debounce->stop();
    DeliveryFilter filter;
    filter.status = deliveryStatusFromName(m_status->currentData().toString());
    filter.eventType = m_eventType->currentData().toString();
    bool ok = false;
    const qint64 subscription = m_subscription->text().trimmed().toLongLong(&ok);
    if (ok)
        filter.subscriptionId = subscription;
    filter.requestId = m_requestId->text().trimmed();
    filter.since = limitOf(m_since);
    filter.until = limitOf(m_until);
    m_error->hide();
    m_model->setFilter(filter);
}

void DeliveriesPage::setRowCounts(const RowCounts &counts)
{
    Q_UNUSED(counts)
    m_error->hide();
    m_model->refresh();
    if (m_detail)
        m_detail->reload();
}

DeliveryDetailDialog *DeliveriesPage::openDetail(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    const QString requestId = m_model->deliveryAt(row).requestId;
    if (m_detail)
        m_detail->close();
    m_detail = new DeliveryDetailDialog(m_services, requestId, this);
    m_detail->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_detail, &QDialog::finished, m_model, &DeliveryLogModel::refresh);
    m_detail->show();
    return m_detail;
}

bool DeliveriesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            openDetail(m_view->currentIndex().row());
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void DeliveriesPage::updateCount()
{
    m_count->setText(tr("Showing %1 of %2 deliveries").arg(m_model->rowCount()).arg(m_model->totalCount()));
}

void DeliveriesPage::retranslateUi()
{
    Page::retranslateUi();
    m_statusLabel->setText(tr("Status:"));
    m_status->setItemText(0, tr("All"));
    m_status->setItemText(1, tr("Pending"));
    m_status->setItemText(2, tr("Retrying"));
    m_status->setItemText(3, tr("Delivered"));
    m_status->setItemText(4, tr("Failed"));
    m_status->setItemText(5, tr("Expired"));
    m_eventLabel->setText(tr("Event:"));
    m_eventType->setItemText(0, tr("All"));
    m_subscriptionLabel->setText(tr("Subscription:"));
    m_subscription->setPlaceholderText(tr("ID"));
    m_sinceLabel->setText(tr("From:"));
    m_since->setSpecialValueText(tr("any time"));
    m_untilLabel->setText(tr("Until:"));
    m_until->setSpecialValueText(tr("any time"));
    m_requestId->setPlaceholderText(tr("Search a request ID…"));
    m_model->retranslate();
    updateCount();
}

} // namespace garagereg
