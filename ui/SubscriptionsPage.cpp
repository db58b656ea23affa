#include "ui/SubscriptionsPage.h"

#include "adapters/secrets/SecretStore.h"
#include "app/services/EndpointPing.h"
#include "app/services/SubscriptionService.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/items/SubscriptionListModel.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/OutboundPolicyRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "ui/GuiServices.h"
#include "ui/SecretDialog.h"
#include "ui/SubscriptionForm.h"
#include "ui/TableColumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

namespace garagereg {

SubscriptionsPage::SubscriptionsPage(GuiServices &services, QWidget *parent)
    : Page(Section::Subscriptions, parent)
    , m_services(services)
    , m_guard(OutboundPolicyRepository::loader(services.database))
    , m_sender(services.network, services.clock)
    , m_model(new SubscriptionListModel(services.database, services.clock, this))
    , m_table(new QTableView)
    , m_new(new QPushButton)
    , m_edit(new QPushButton)
    , m_toggle(new QPushButton)
    , m_rotate(new QPushButton)
    , m_ping(new QPushButton)
    , m_delete(new QPushButton)
    , m_status(new QLabel)
    , m_pingSummary(new QLabel)
    , m_pingResponse(new QPlainTextEdit)
{
    m_editor = [this](const WebhookSubscription &subscription) -> std::optional<Entry> {
        QList<Integration> integrations;
        try {
            integrations = IntegrationRepository(m_services.database, m_services.clock).list();
        } catch (const Error &error) {
            m_status->setText(tr("The integrations could not be read: %1").arg(error.message()));
            return std::nullopt;
        }
        SubscriptionForm form(subscription, integrations, this);
        if (form.exec() != QDialog::Accepted)
            return std::nullopt;
        return Entry{form.subscription(), form.secret()};
    };
    m_confirmer = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete"), question) == QMessageBox::Yes;
    };
    m_presentSecret = [this](const QString &name, const QByteArray &secret) {
        SecretDialog dialog(name, secret, this);
        dialog.exec();
    };

    m_table->setObjectName(QStringLiteral("subscriptionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("subscriptionsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pingSummary->setObjectName(QStringLiteral("pingSummary"));
    m_pingSummary->setWordWrap(true);
    m_pingResponse->setObjectName(QStringLiteral("pingResponse"));
    m_pingResponse->setReadOnly(true);
    m_pingResponse->setMaximumHeight(140);
    m_pingResponse->hide();
    m_new->setShortcut(QKeySequence::New);
    m_ping->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    connect(m_new, &QPushButton::clicked, this, &SubscriptionsPage::createSubscription);
    connect(m_edit, &QPushButton::clicked, this, &SubscriptionsPage::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &SubscriptionsPage::toggleSelectedActive);
    connect(m_rotate, &QPushButton::clicked, this, &SubscriptionsPage::rotateSelectedSecret);
    connect(m_ping, &QPushButton::clicked, this, &SubscriptionsPage::pingSelected);
    connect(m_delete, &QPushButton::clicked, this, &SubscriptionsPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &SubscriptionsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SubscriptionsPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_toggle, m_rotate, m_ping, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(m_status);
    contentLayout()->addWidget(m_pingSummary);
    contentLayout()->addWidget(m_pingResponse);
    setContentFillsHeight(true);
    retranslateUi();
    reload();
    // Fit the columns to what is there once; later the user's widths (remembered) win.
    fitColumnsOnce(m_table);
}

void SubscriptionsPage::reload()
{
    const std::optional<WebhookSubscription> current = selected();
    try {
        m_model->refresh();
    } catch (const Error &error) {
        m_status->setText(tr("The subscriptions could not be read: %1").arg(error.message()));
    }
    if (current) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->subscriptionAt(row).id == current->id)
                m_table->selectRow(row);
        }
    }
    updateButtons();
}

std::optional<WebhookSubscription> SubscriptionsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->subscriptionAt(rows.first().row());
}

void SubscriptionsPage::selectRow(int row)
{
    m_table->selectRow(row);
}

QString SubscriptionsPage::statusText() const
{
    return m_status->text();
}

QString SubscriptionsPage::pingText() const
{
    return m_pingSummary->text() + QLatin1Char('\n') + m_pingResponse->toPlainText();
}

void SubscriptionsPage::updateButtons()
{
    const std::optional<WebhookSubscription> current = selected();
    m_new->setEnabled(!m_busy);
    for (QPushButton *button : {m_edit, m_toggle, m_rotate, m_ping, m_delete})
        button->setEnabled(current.has_value() && !m_busy);
    m_toggle->setText(current && current->active ? tr("&Deactivate") : tr("&Activate"));
}

void SubscriptionsPage::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SubscriptionsPage::finishAction(const QString &status)
{
    if (!status.isNull())
        m_status->setText(status);
    setBusy(false);
    reload();
    Q_EMIT actionFinished();
}

void SubscriptionsPage::createSubscription()
{
    WebhookSubscription blank = m_defaults;
    blank.id = 0;
    blank.eventTypes.clear();
    const std::optional<Entry> entered = m_editor(blank);
    if (!entered)
        return;
    setBusy(true);
    m_status->setText(tr("Saving \"%1\"…").arg(entered->subscription.name));
    SubscriptionService service(m_services.database, m_services.secrets, m_services.clock);
    service.create(entered->subscription, entered->secret)
        .then([self = QPointer<SubscriptionsPage>(this)](const SubscriptionOutcome &outcome) {
            if (!self)
                return;
            if (!outcome.error.isEmpty()) {
                self->finishAction(tr("The subscription was not saved: %1").arg(outcome.error));
                return;
            }
            if (!outcome.secret.isEmpty())
                self->m_presentSecret(outcome.subscription->name, outcome.secret);
            self->finishAction(tr("Subscription \"%1\" created.").arg(outcome.subscription->name));
        });
}

void SubscriptionsPage::editSelected()
{
    const std::optional<WebhookSubscription> current = selected();
    if (!current || m_busy)
        return;
    const std::optional<Entry> entered = m_editor(*current);
    if (!entered)
        return;
    try {
        WebhookSubscriptionRepository repository(m_services.database, m_services.clock);
        repository.update(entered->subscription);
        if (entered->subscription.active != current->active)
            repository.setActive(current->id, entered->subscription.active, tr("Deactivated in the application."));
        m_status->setText(tr("Subscription \"%1\" saved.").arg(entered->subscription.name));
    } catch (const Error &error) {
        m_status->setText(tr("The subscription was not saved: %1").arg(error.message()));
    }
    reload();
}

void SubscriptionsPage::toggleSelectedActive()
{
    const std::optional<WebhookSubscription> current = selected();
    if (!current || m_busy)
        return;
    try {
        WebhookSubscriptionRepository(m_services.database, m_services.clock)
            .setActive(current->id, !current->active, tr("Deactivated in the application."));
        m_status->setText(
            (current->active ? tr("Subscription \"%1\" deactivated.") : tr("Subscription \"%1\" activated."))
                .arg(current->name));
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
    reload();
}

void SubscriptionsPage::rotateSelectedSecret()
{
    const std::optional<WebhookSubscription> current = selected();
    if (!current || m_busy)
        return;
    const QString question =
        current->signatureScheme == SignatureScheme::StandardWebhooks
            ? tr("Give \"%1\" a new signing secret? The old one keeps signing alongside it for %n hours, so "
                 "the receiver can switch over.",
                 nullptr, int(SubscriptionService::defaultRotationOverlap.count()))
                  .arg(current->name)
            : tr("Give \"%1\" a new signing secret? Deliveries are signed with the new one at once, so update the "
                 "receiver straight away.")
                  .arg(current->name);
    if (!m_confirmer(question))
        return;
    setBusy(true);
    SubscriptionService service(m_services.database, m_services.secrets, m_services.clock);
    service.rotateSecret(current->id)
        .then([self = QPointer<SubscriptionsPage>(this), name = current->name](const SubscriptionOutcome &outcome) {
            if (!self)
                return;
            if (!outcome.error.isEmpty()) {
                self->finishAction(outcome.error);
                return;
            }
            self->m_presentSecret(name, outcome.secret);
            self->finishAction(tr("Subscription \"%1\" has a new secret.").arg(name));
        });
}

void SubscriptionsPage::pingSelected()
{
    const std::optional<WebhookSubscription> current = selected();
    if (!current || m_busy)
        return;
    setBusy(true);
    m_pingSummary->setText(tr("Sending a test ping to %1…").arg(current->endpointUrl));
    m_pingResponse->hide();
    const WebhookSubscription subscription = *current;
    m_services.secrets.read(subscription.secretRef)
        .then([self = QPointer<SubscriptionsPage>(this), subscription](const SecretResult &secret) {
            if (!self)
                return;
            if (!secret.ok()) {
                self->m_pingSummary->setText(
                    tr("The secret could not be read from the keychain: %1").arg(secret.errorMessage));
                self->finishAction(QString());
                return;
            }
            OutgoingWebhook request;
            try {
                request = EndpointPing::request(QUrl(subscription.endpointUrl), subscription.signatureScheme,
                                                subscription.signatureHeader, secret.value,
                                                self->m_services.clock.now(),
                                                std::chrono::seconds(subscription.timeoutSeconds));
                // Trusting what its deliveries trust: the integration's own CAs, when it has them.
                if (const std::optional<Integration> integration = IntegrationRepository(self->m_services.database,
                                                                                         self->m_services.clock)
                                                                       .find(subscription.integrationId))
                    request.caCertificates = integrationCaCertificates(*integration);
            } catch (const Error &error) {
                self->m_pingSummary->setText(error.message());
                self->finishAction(QString());
                return;
            }
            self->m_sender.send(request).then([self, name = subscription.name](const AttemptResult &result) {
                if (self)
                    self->showPingResult(name, result);
            });
        });
}

void SubscriptionsPage::showPingResult(const QString &name, const AttemptResult &result)
{
    const QString summary = EndpointPing::summary(result);
    m_pingSummary->setText(result.succeeded() ? tr("Test ping to \"%1\" succeeded: %2").arg(name, summary)
                                              : tr("Test ping to \"%1\" failed: %2").arg(name, summary));
    QString details;
    for (const auto &[header, value] : result.responseHeaders)
        details += QString::fromUtf8(header) + QStringLiteral(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
    if (!result.responseBody.isEmpty())
        details += QLatin1Char('\n') + QString::fromUtf8(result.responseBody.left(16 * 1024));
    if (!result.errorMessage.isEmpty())
        details += QLatin1Char('\n') + result.errorMessage;
    m_pingResponse->setPlainText(details.trimmed());
    m_pingResponse->setVisible(!details.trimmed().isEmpty());
    finishAction(QString());
}

void SubscriptionsPage::deleteSelected()
{
    const std::optional<WebhookSubscription> current = selected();
    if (!current || m_busy)
        return;
    if (!m_confirmer(tr("Delete the subscription \"%1\" and its signing secret? The delivery log keeps its records.")
                         .arg(current->name)))
        return;
    setBusy(true);
    SubscriptionService service(m_services.database, m_services.secrets, m_services.clock);
    service.remove(current->id)
        .then([self = QPointer<SubscriptionsPage>(this), name = current->name](const QString &error) {
            if (self)
                self->finishAction(error.isEmpty() ? tr("Subscription \"%1\" deleted.").arg(name) : error);
        });
}

void SubscriptionsPage::setRowCounts(const RowCounts &)
{
    reload();
}

void SubscriptionsPage::retranslateUi()
{
    Page::retranslateUi();
    m_new->setText(tr("&New…"));
    m_edit->setText(tr("&Edit…"));
    m_rotate->setText(tr("&Rotate secret…"));
    m_ping->setText(tr("Send test &ping"));
    m_ping->setToolTip(tr("Send a signed ping event to the endpoint and show its answer (%1)")
                           .arg(m_ping->shortcut().toString(QKeySequence::NativeText)));
    m_delete->setText(tr("De&lete"));
    updateButtons();
}

} // namespace garagereg
