#include "ui/WorkStatusLabel.h"

#include "app/services/DeliveryEngine.h"
#include "models/common/Error.h"
#include "models/storage/DeliveryRepository.h"
#include "ui/GuiServices.h"
#include "ui/LiveUpdates.h"

#include <QEvent>
#include <QLocale>

namespace garagereg {

WorkStatusLabel::WorkStatusLabel(GuiServices &services, QWidget *parent)
    : QLabel(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("workStatus"));
    setContentsMargins(8, 2, 8, 2);
    if (services.liveUpdates)
        connect(services.liveUpdates, &LiveUpdates::changed, this, &WorkStatusLabel::refresh);
    if (services.deliveryEngine) {
        connect(services.deliveryEngine, &DeliveryEngine::paused, this, &WorkStatusLabel::retranslateUi);
        connect(services.deliveryEngine, &DeliveryEngine::resumed, this, &WorkStatusLabel::refresh);
    }
    refresh();
}

void WorkStatusLabel::refresh()
{
    try {
        m_waiting = DeliveryRepository(m_services.database, m_services.clock).outstandingCount();
        m_error.clear();
    } catch (const Error &error) {
        m_waiting.reset();
        m_error = error.message();
    }
    retranslateUi();
}

void WorkStatusLabel::retranslateUi()
{
    if (m_services.deliveryEngine && m_services.deliveryEngine->isPaused()) {
        setText(tr("Deliveries paused: the database cannot be used; trying again"));
        setToolTip(m_services.deliveryEngine->pauseReason());
        return;
    }
    const QString deliverer = m_services.deliveryEngine ? tr("delivered by this application")
                                                        : tr("delivered by another worker");
    if (!m_waiting) {
        setText(tr("Deliveries waiting: unknown"));
        setToolTip(m_error);
        return;
    }
    setText(tr("Deliveries waiting: %1 (%2)").arg(QLocale().toString(*m_waiting), deliverer));
    setToolTip(m_services.deliveryEngine
                   ? tr("This application sends webhooks while it runs, because no other worker uses this database.")
                   : tr("Another process (a headless worker) sends the webhooks; this window shows its progress."));
}

void WorkStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

} // namespace garagereg
