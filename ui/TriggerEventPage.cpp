#include "ui/TriggerEventPage.h"

#include "app/services/WebhookEventService.h"
#include "models/common/Error.h"
#include "models/webhooks/EventTypes.h"
#include "ui/GuiServices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace garagereg {

TriggerEventPage::TriggerEventPage(GuiServices &services, QWidget *parent)
    : Page(Section::TriggerEvent, parent)
    , m_services(services)
    , m_eventType(new QComboBox)
    , m_eventDescription(new QLabel)
    , m_payload(new QPlainTextEdit)
    , m_organization(new QLineEdit)
    , m_entity(new QLineEdit)
    , m_problems(new QLabel)
    , m_recipientsHeading(new QLabel)
    , m_recipients(new QListWidget)
    , m_send(new QPushButton)
    , m_result(new QLabel)
{
    m_eventType->setObjectName(QStringLiteral("triggerEventType"));
    m_payload->setObjectName(QStringLiteral("triggerPayload"));
    m_organization->setObjectName(QStringLiteral("triggerOrganization"));
    m_entity->setObjectName(QStringLiteral("triggerEntity"));
    m_problems->setObjectName(QStringLiteral("triggerProblems"));
    m_recipients->setObjectName(QStringLiteral("triggerRecipients"));
    m_send->setObjectName(QStringLiteral("triggerSend"));
    m_result->setObjectName(QStringLiteral("triggerResult"));

    for (const QString &type : EventTypes::all()) {
        if (type != EventTypes::ping())
            m_eventType->addItem(type, type);
    }
    m_eventDescription->setWordWrap(true);
    m_eventDescription->setForegroundRole(QPalette::PlaceholderText);
    QFont monospace = m_payload->font();
    monospace.setFamily(QStringLiteral("monospace"));
    monospace.setStyleHint(QFont::TypeWriter);
    m_payload->setFont(monospace);
    m_payload->setTabChangesFocus(true);
    m_payload->setPlainText(QStringLiteral("{\n}\n"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_recipients->setMaximumHeight(140);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setDefault(true);

    auto *form = new QFormLayout;
    const auto row = [this, form](QWidget *field) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    row(m_eventType);
    form->addRow(QString(), m_eventDescription);
    row(m_payload);
    row(m_organization);
    row(m_entity);
    contentLayout()->addLayout(form, 1);
    contentLayout()->addWidget(m_problems);
    contentLayout()->addWidget(m_recipientsHeading);
    contentLayout()->addWidget(m_recipients);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_result, 1);
    contentLayout()->addLayout(buttons);

    // The recipients need the database: read them once typing pauses.
    m_recipientsTimer.setSingleShot(true);
    m_recipientsTimer.setInterval(recipientsDelayMs);
    connect(&m_recipientsTimer, &QTimer::timeout, this, &TriggerEventPage::updateRecipients);
    connect(m_eventType, &QComboBox::currentIndexChanged, this, &TriggerEventPage::validate);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &TriggerEventPage::validate);
    connect(m_organization, &QLineEdit::textChanged, this, &TriggerEventPage::validate);
    connect(m_entity, &QLineEdit::textChanged, this, &TriggerEventPage::validate);
    connect(m_send, &QPushButton::clicked, this, &TriggerEventPage::send);
    retranslateUi();
    updateRecipients();
}

std::optional<QJsonObject> TriggerEventPage::payload(QString *error) const
{
    try {
        return WebhookEventService::parsePayload(m_payload->toPlainText().toUtf8());
    } catch (const Error &problem) {
        *error = problem.message();
        return std::nullopt;
    }
}

void TriggerEventPage::validate()
{
    QString error;
    payload(&error);
    m_problems->setText(error);
    m_problems->setVisible(!error.isEmpty());
    m_send->setEnabled(error.isEmpty() && m_eventType->count() > 0);
    m_eventDescription->setText(EventTypes::description(m_eventType->currentData().toString()));
    m_recipientsTimer.start();
}

void TriggerEventPage::updateRecipients()
{
    m_recipientsTimer.stop();
    QString error;
    const std::optional<QJsonObject> data = payload(&error);
    m_recipients->clear();
    if (!data) {
        m_recipientsHeading->setText(tr("Recipients: fix the payload first."));
        return;
    }
    try {
        const QList<WebhookSubscription> recipients =
            m_services.events.recipients(m_eventType->currentData().toString(), *data, m_organization->text().trimmed());
        for (const WebhookSubscription &subscription : recipients) {
            auto *item = new QListWidgetItem(tr("%1 → %2").arg(subscription.name, subscription.endpointUrl));
            item->setData(Qt::UserRole, subscription.name);
            m_recipients->addItem(item);
        }
        m_recipientsHeading->setText(
            recipients.isEmpty() ? tr("No active subscription receives this event: it would be stored only.")
                                 : tr("Subscriptions that will receive it: %n", nullptr, int(recipients.size())));
    } catch (const Error &problem) {
        m_recipientsHeading->setText(tr("The recipients could not be read: %1").arg(problem.message()));
    }
}

void TriggerEventPage::send()
{
    if (!canSend())
        return;
    QString error;
    const std::optional<QJsonObject> data = payload(&error);
    const QString type = m_eventType->currentData().toString();
    try {
        const TriggeredEvent event = m_services.events.trigger(type, *data, m_organization->text().trimmed(),
                                                               m_entity->text().trimmed());
        m_result->setText(event.requestIds.isEmpty()
                              ? tr("Event %1 (%2) stored; no subscription receives it.").arg(event.eventUuid, type)
                              : tr("Event %1 (%2) raised; deliveries queued: %n.", nullptr, int(event.requestIds.size()))
                                    .arg(event.eventUuid, type));
    } catch (const Error &problem) {
        m_result->setText(tr("The event was not raised: %1").arg(problem.message()));
    }
}

bool TriggerEventPage::canSend() const
{
    return m_send->isEnabled();
}

QString TriggerEventPage::problemText() const
{
    return m_problems->text();
}

QString TriggerEventPage::resultText() const
{
    return m_result->text();
}

QStringList TriggerEventPage::recipientNames() const
{
    QStringList names;
    for (int row = 0; row < m_recipients->count(); ++row)
        names << m_recipients->item(row)->data(Qt::UserRole).toString();
    return names;
}

void TriggerEventPage::setRowCounts(const RowCounts &)
{
    updateRecipients();
}

void TriggerEventPage::retranslateUi()
{
    Page::retranslateUi();
    const QStringList texts{tr("Event &type:"), tr("&Payload (JSON object):"), tr("&Organization:"), tr("&Entity id:")};
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i)
        m_labels.at(i)->setText(texts.at(i));
    m_organization->setPlaceholderText(tr("Empty: only subscriptions without an organization receive it"));
    m_entity->setPlaceholderText(tr("e.g. the gate or work order id"));
    m_send->setText(tr("&Send event"));
    m_send->setToolTip(
        tr("Store the event and queue its deliveries (%1)").arg(m_send->shortcut().toString(QKeySequence::NativeText)));
    validate();
    updateRecipients();
}

} // namespace garagereg
