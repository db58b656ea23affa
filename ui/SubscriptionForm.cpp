#include "ui/SubscriptionForm.h"

#include "models/webhooks/EventTypes.h"
#include "models/webhooks/RetryPolicy.h"
#include "models/webhooks/WebhookSignature.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace garagereg {

namespace {

QString delaysText(const QList<int> &delays)
{
    QStringList parts;
    for (int delay : delays)
        parts << QString::number(delay);
    return parts.join(QStringLiteral(", "));
}

} // namespace

SubscriptionForm::SubscriptionForm(const WebhookSubscription &subscription, const QList<Integration> &integrations,
                                   QWidget *parent)
    : QDialog(parent)
    , m_original(subscription)
    , m_isNew(subscription.id == 0)
    , m_name(new QLineEdit(subscription.name))
    , m_integration(new QComboBox)
    , m_url(new QLineEdit(subscription.endpointUrl))
    , m_events(new QListWidget)
    , m_filters(new QPlainTextEdit)
    , m_organization(new QLineEdit(subscription.organizationId))
    , m_scheme(new QComboBox)
    , m_header(new QLineEdit(subscription.signatureHeader))
    , m_maxRetries(new QSpinBox)
    , m_retryDelays(new QLineEdit(delaysText(subscription.retryDelaysSeconds)))
    , m_retryPreview(new QLabel)
    , m_timeout(new QSpinBox)
    , m_active(new QCheckBox)
    , m_secret(new QLineEdit)
    , m_problems(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    m_name->setObjectName(QStringLiteral("subscriptionName"));
    m_integration->setObjectName(QStringLiteral("subscriptionIntegration"));
    m_url->setObjectName(QStringLiteral("subscriptionUrl"));
    m_events->setObjectName(QStringLiteral("subscriptionEvents"));
    m_filters->setObjectName(QStringLiteral("subscriptionFilters"));
    m_organization->setObjectName(QStringLiteral("subscriptionOrganization"));
    m_scheme->setObjectName(QStringLiteral("subscriptionScheme"));
    m_header->setObjectName(QStringLiteral("subscriptionHeader"));
    m_maxRetries->setObjectName(QStringLiteral("subscriptionMaxRetries"));
    m_retryDelays->setObjectName(QStringLiteral("subscriptionRetryDelays"));
    m_retryPreview->setObjectName(QStringLiteral("subscriptionRetryPreview"));
    m_timeout->setObjectName(QStringLiteral("subscriptionTimeout"));
    m_active->setObjectName(QStringLiteral("subscriptionActive"));
    m_secret->setObjectName(QStringLiteral("subscriptionSecret"));
    m_problems->setObjectName(QStringLiteral("subscriptionProblems"));

    for (const Integration &integration : integrations)
        m_integration->addItem(integration.name, integration.id);
    m_integration->setCurrentIndex(std::max(0, m_integration->findData(subscription.integrationId)));

    for (const QString &type : EventTypes::all()) {
        auto *item = new QListWidgetItem(type, m_events);
        item->setData(Qt::UserRole, type);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(subscription.eventTypes.contains(type) ? Qt::Checked : Qt::Unchecked);
    }
    m_events->setMinimumHeight(150);

    m_filters->setPlainText(subscription.eventFilters.isEmpty()
                                ? QString()
                                : QString::fromUtf8(QJsonDocument(subscription.eventFilters).toJson()));
    m_filters->setTabChangesFocus(true);
    m_filters->setMaximumHeight(110);
    QFont monospace = m_filters->font();
    monospace.setFamily(QStringLiteral("monospace"));
    monospace.setStyleHint(QFont::TypeWriter);
    m_filters->setFont(monospace);

    m_scheme->addItem(QStringLiteral("GarageReg (HMAC-SHA256)"), int(SignatureScheme::GarageReg));
    m_scheme->addItem(QStringLiteral("Standard Webhooks"), int(SignatureScheme::StandardWebhooks));
    m_scheme->setCurrentIndex(m_scheme->findData(int(subscription.signatureScheme)));
    m_scheme->setEnabled(m_isNew); // the secret's format depends on it: change it by rotating on a new subscription
    m_maxRetries->setRange(0, 100);
    m_maxRetries->setValue(subscription.maxRetries);
    m_retryPreview->setWordWrap(true);
    m_retryPreview->setForegroundRole(QPalette::PlaceholderText);
    m_timeout->setRange(1, 300);
    m_timeout->setValue(subscription.timeoutSeconds);
    m_active->setChecked(subscription.active);
    m_secret->setEchoMode(QLineEdit::Password);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout;
    const auto row = [this, form](QWidget *field) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_name, m_integration, m_url, m_events, m_filters, m_organization, m_scheme,
                                          m_header, m_maxRetries, m_retryDelays})
        row(field);
    form->addRow(QString(), m_retryPreview);
    row(m_timeout);
    if (m_isNew)
        row(m_secret);
    else
        m_secret->hide();
    form->addRow(QString(), m_active);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : {m_name, m_url, m_organization, m_header, m_retryDelays, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &SubscriptionForm::validate);
    connect(m_filters, &QPlainTextEdit::textChanged, this, &SubscriptionForm::validate);
    connect(m_events, &QListWidget::itemChanged, this, &SubscriptionForm::validate);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &SubscriptionForm::validate);
    connect(m_integration, &QComboBox::currentIndexChanged, this, &SubscriptionForm::validate);
    for (QSpinBox *spin : {m_maxRetries, m_timeout})
        connect(spin, &QSpinBox::valueChanged, this, &SubscriptionForm::validate);
    resize(620, sizeHint().height());
    retranslateUi();
    validate();
}

std::optional<QList<int>> SubscriptionForm::parseRetryDelays(const QString &text)
{
    QList<int> delays;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool number = false;
        delays << part.trimmed().toInt(&number);
        if (!number)
            return std::nullopt;
    }
    return delays;
}

QJsonObject SubscriptionForm::filters(QString *error) const
{
    const QString text = m_filters->toPlainText().trimmed();
    if (text.isEmpty())
        return {};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The filter is not valid JSON: %1 (at character %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    if (!document.isObject()) {
        *error = tr("The filter must be a JSON object such as {\"priority\": [\"high\"]}.");
        return {};
    }
    return document.object();
}

WebhookSubscription SubscriptionForm::subscription() const
{
    WebhookSubscription subscription = m_original;
    subscription.name = m_name->text().trimmed();
    subscription.integrationId = m_integration->currentData().toLongLong();
    subscription.endpointUrl = m_url->text().trimmed();
    subscription.eventTypes.clear();
    for (int row = 0; row < m_events->count(); ++row) {
        if (m_events->item(row)->checkState() == Qt::Checked)
            subscription.eventTypes << m_events->item(row)->data(Qt::UserRole).toString();
    }
    QString ignored;
    subscription.eventFilters = filters(&ignored);
    subscription.organizationId = m_organization->text().trimmed();
    subscription.signatureScheme = SignatureScheme(m_scheme->currentData().toInt());
    subscription.signatureHeader = m_header->text().trimmed();
    subscription.maxRetries = m_maxRetries->value();
    subscription.retryDelaysSeconds = parseRetryDelays(m_retryDelays->text()).value_or(QList<int>{});
    subscription.timeoutSeconds = m_timeout->value();
    subscription.active = m_active->isChecked();
    return subscription;
}

QByteArray SubscriptionForm::secret() const
{
    return m_isNew ? m_secret->text().toUtf8() : QByteArray();
}

bool SubscriptionForm::canSave() const
{
    return m_buttons->button(QDialogButtonBox::Save)->isEnabled();
}

QString SubscriptionForm::problemText() const
{
    return m_problems->text();
}

QString SubscriptionForm::retryPreviewText() const
{
    return m_retryPreview->text();
}

QString SubscriptionForm::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 == 0 ? tr("%1 min").arg(seconds / 60)
                                 : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 24 * 3600)
        return seconds % 3600 == 0 ? tr("%1 h").arg(seconds / 3600)
                                   : tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return seconds % (24 * 3600) == 0 ? tr("%1 d").arg(seconds / (24 * 3600))
                                      : tr("%1 d %2 h").arg(seconds / (24 * 3600)).arg(seconds % (24 * 3600) / 3600);
}

QString SubscriptionForm::retrySchedule(int maxRetries, const QList<int> &delaysSeconds)
{
    if (maxRetries <= 0)
        return tr("One attempt; a failure is final.");
    QStringList steps{tr("attempt 1 at once")};
    qint64 total = 0;
    constexpr int shownRetries = 6;
    for (int retry = 1; retry <= std::min(maxRetries, shownRetries); ++retry) {
        const qint64 delay = RetryPolicy::delaySeconds(delaysSeconds, retry);
        total += delay;
        steps << tr("retry %1 after %2 (%3 in all)").arg(retry).arg(durationText(delay), durationText(total));
    }
    if (maxRetries > shownRetries) {
        for (int retry = shownRetries + 1; retry <= maxRetries; ++retry)
            total += RetryPolicy::delaySeconds(delaysSeconds, retry);
        steps << tr("… %n more retries, the last %1 after the event", nullptr, maxRetries - shownRetries)
                     .arg(durationText(total));
    }
    return tr("%1; then the delivery fails. Each wait varies by ±%2 %.")
        .arg(steps.join(QStringLiteral(", ")))
        .arg(int(RetryPolicy::jitterFraction * 100));
}

void SubscriptionForm::validate()
{
    QStringList problems;
    if (m_integration->count() == 0)
        problems << tr("Create an integration first: every subscription belongs to one.");
    QString filterError;
    filters(&filterError);
    const std::optional<QList<int>> parsed = parseRetryDelays(m_retryDelays->text());
    const bool delaysOk = parsed.has_value();
    const QList<int> delays = parsed.value_or(QList<int>{});
    if (!delaysOk)
        problems << tr("The retry delays must be whole seconds separated by commas, e.g. 60, 300, 900.");
    const WebhookSubscription entered = subscription();
    problems << WebhookSubscriptionValidator::problems(entered);
    if (!filterError.isEmpty())
        problems << filterError;
    if (const QByteArray typed = secret(); !typed.isEmpty()) {
        if (const QString problem = WebhookSignature::secretProblem(entered.signatureScheme, typed); !problem.isEmpty())
            problems << problem;
    }

    m_header->setEnabled(entered.signatureScheme == SignatureScheme::GarageReg);
    const bool delaysUsable = delaysOk && std::all_of(delays.begin(), delays.end(), [](int delay) {
                                  return delay >= 1 && delay <= WebhookSubscription::maxRetryDelaySeconds;
                              });
    m_retryPreview->setText(delaysUsable && (!delays.isEmpty() || entered.maxRetries == 0)
                                ? retrySchedule(entered.maxRetries, delays)
                                : tr("Enter valid retry delays to see the schedule."));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

void SubscriptionForm::retranslateUi()
{
    setWindowTitle(m_isNew ? tr("New subscription") : tr("Edit subscription"));
    const QStringList texts{tr("&Name:"),
                            tr("&Integration:"),
                            tr("Endpoint &URL:"),
                            tr("&Event types:"),
                            tr("Payload &filter (JSON):"),
                            tr("&Organization:"),
                            tr("Si&gnature scheme:"),
                            tr("Signature &header:"),
                            tr("&Retries:"),
                            tr("Retry &delays (seconds):"),
                            tr("&Timeout (seconds):"),
                            tr("&Secret:")};
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i)
        m_labels.at(i)->setText(texts.at(i));
    for (int row = 0; row < m_events->count(); ++row) {
        QListWidgetItem *item = m_events->item(row);
        item->setToolTip(EventTypes::description(item->data(Qt::UserRole).toString()));
    }
    m_filters->setPlaceholderText(tr("Empty: every event of the chosen types. Example: {\"priority\": [\"high\"]}"));
    m_organization->setPlaceholderText(tr("Empty: events of every organization"));
    m_retryDelays->setPlaceholderText(tr("e.g. 60, 300, 900 (the last one repeats)"));
    m_secret->setPlaceholderText(tr("Leave empty to generate one (shown once after saving)"));
    m_active->setText(tr("&Active: deliver events to this endpoint"));
    validate();
}

void SubscriptionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace garagereg
