#include "ui/IntegrationForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace garagereg {

IntegrationForm::IntegrationForm(const Integration &integration, QWidget *parent)
    : QDialog(parent)
    , m_original(integration)
    , m_name(new QLineEdit(integration.name))
    , m_type(new QComboBox)
    , m_provider(new QComboBox)
    , m_endpoint(new QLineEdit(integration.endpointUrl))
    , m_rateLimit(new QSpinBox)
    , m_organization(new QLineEdit(integration.organizationId))
    , m_conflictPolicy(new QComboBox)
    , m_syncInterval(new QSpinBox)
    , m_settings(new QPlainTextEdit)
    , m_credential(new QLineEdit)
    , m_problems(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    m_name->setObjectName(QStringLiteral("integrationName"));
    m_type->setObjectName(QStringLiteral("integrationType"));
    m_provider->setObjectName(QStringLiteral("integrationProvider"));
    m_endpoint->setObjectName(QStringLiteral("integrationEndpoint"));
    m_settings->setObjectName(QStringLiteral("integrationSettings"));
    m_credential->setObjectName(QStringLiteral("integrationCredential"));
    m_credential->setEchoMode(QLineEdit::Password);
    m_problems->setObjectName(QStringLiteral("integrationProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));

    for (IntegrationType type : {IntegrationType::Webhook, IntegrationType::Erp, IntegrationType::Api})
        m_type->addItem(integrationTypeName(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(integration.type)));
    m_provider->addItems(knownIntegrationProviders());
    m_provider->setCurrentText(integration.provider.isEmpty() ? QStringLiteral("custom") : integration.provider);
    m_rateLimit->setRange(0, 1'000'000);
    m_rateLimit->setValue(integration.rateLimitPerMinute.value_or(0));
    for (const char *policy : {"erp_wins", "local_wins", "newest_wins", "manual"})
        m_conflictPolicy->addItem(QLatin1String(policy), QLatin1String(policy));
    const QString policy = integration.settings.value(QLatin1String("conflict_policy")).toString();
    m_conflictPolicy->setCurrentIndex(std::max(0, m_conflictPolicy->findData(policy)));
    m_syncInterval->setRange(0, 7 * 24 * 60);
    m_syncInterval->setValue(integration.settings.value(QLatin1String("sync_interval_minutes")).toInt());
    QJsonObject otherSettings = integration.settings;
    otherSettings.remove(QStringLiteral("conflict_policy"));
    otherSettings.remove(QStringLiteral("sync_interval_minutes"));
    m_settings->setPlainText(QString::fromUtf8(QJsonDocument(otherSettings).toJson(QJsonDocument::Indented)));

    auto *form = new QFormLayout;
    const auto row = [this, form](QWidget *field) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_name, m_type, m_provider, m_endpoint, m_rateLimit, m_organization,
                                          m_conflictPolicy, m_syncInterval, m_settings, m_credential})
        row(field);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : {m_name, m_endpoint, m_organization})
        connect(edit, &QLineEdit::textChanged, this, &IntegrationForm::validate);
    connect(m_settings, &QPlainTextEdit::textChanged, this, &IntegrationForm::validate);
    connect(m_provider, &QComboBox::currentTextChanged, this, &IntegrationForm::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &IntegrationForm::validate);
    connect(m_rateLimit, &QSpinBox::valueChanged, this, &IntegrationForm::validate);
    retranslateUi();
    validate();
}

QJsonObject IntegrationForm::settingsFromText(QString *error) const
{
    const QString text = m_settings->toPlainText().trimmed();
    if (text.isEmpty())
        return {};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The settings must be a JSON object (%1).")
                     .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not an object"));
        return {};
    }
    return document.object();
}

Integration IntegrationForm::integration() const
{
    Integration integration = m_original;
    integration.name = m_name->text().trimmed();
    integration.type = static_cast<IntegrationType>(m_type->currentData().toInt());
    integration.provider = m_provider->currentText();
    integration.endpointUrl = m_endpoint->text().trimmed();
    integration.rateLimitPerMinute = m_rateLimit->value() > 0 ? std::optional<int>(m_rateLimit->value()) : std::nullopt;
    integration.organizationId = m_organization->text().trimmed();
    QString error;
    integration.settings = settingsFromText(&error);
    if (integration.type == IntegrationType::Erp) {
        integration.settings.insert(QStringLiteral("conflict_policy"), m_conflictPolicy->currentData().toString());
        if (m_syncInterval->value() > 0)
            integration.settings.insert(QStringLiteral("sync_interval_minutes"), m_syncInterval->value());
    }
    return integration;
}

QByteArray IntegrationForm::credential() const
{
    return m_credential->text().toUtf8();
}

QString IntegrationForm::problemText() const
{
    return m_problems->text();
}

bool IntegrationForm::canSave() const
{
    return m_buttons->button(QDialogButtonBox::Save)->isEnabled();
}

void IntegrationForm::validate()
{
    QString settingsError;
    settingsFromText(&settingsError);
    QStringList problems = IntegrationValidator::problems(integration());
    if (!settingsError.isEmpty())
        problems << settingsError;
    const bool erp = m_type->currentData().toInt() == int(IntegrationType::Erp);
    m_conflictPolicy->setEnabled(erp);
    m_syncInterval->setEnabled(erp);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

void IntegrationForm::retranslateUi()
{
    setWindowTitle(m_original.id == 0 ? tr("New integration") : tr("Edit integration"));
    const QStringList texts{tr("&Name:"),
                            tr("&Type:"),
                            tr("&Provider:"),
                            tr("&Endpoint URL:"),
                            tr("&Rate limit (per minute, 0 = none):"),
                            tr("&Organization:"),
                            tr("&Conflict policy (ERP):"),
                            tr("&Sync every (minutes, 0 = manual):"),
                            tr("Other &settings (JSON):"),
                            tr("C&redential:")};
    m_credential->setPlaceholderText(m_original.secretRef.isEmpty()
                                         ? tr("API key, token or user:password; kept in the keychain")
                                         : tr("Stored in the keychain; leave empty to keep it"));
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i)
        m_labels.at(i)->setText(texts.at(i));
}

void IntegrationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace garagereg
