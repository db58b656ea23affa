#include "ui/IntegrationsPage.h"

#include "app/services/ErpSyncEngine.h"
#include "app/services/IntegrationCredentials.h"
#include "models/common/Error.h"
#include "models/items/IntegrationListModel.h"
#include "models/storage/IntegrationRepository.h"
#include "ui/GuiServices.h"
#include "ui/IntegrationForm.h"
#include "ui/TableColumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

namespace garagereg {

IntegrationsPage::IntegrationsPage(GuiServices &services, QWidget *parent)
    : Page(Section::Integrations, parent)
    , m_services(services)
    , m_model(new IntegrationListModel(services.database, services.clock, this))
    , m_table(new QTableView)
    , m_new(new QPushButton)
    , m_edit(new QPushButton)
    , m_toggle(new QPushButton)
    , m_delete(new QPushButton)
    , m_test(new QPushButton)
    , m_status(new QLabel)
{
    m_editor = [this](const Integration &integration) -> std::optional<Entry> {
        IntegrationForm form(integration, this);
        if (form.exec() != QDialog::Accepted)
            return std::nullopt;
        return Entry{form.integration(), form.credential()};
    };
    m_confirmer = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete"), question) == QMessageBox::Yes;
    };

    m_table->setObjectName(QStringLiteral("integrationsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("integrationsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_new->setShortcut(QKeySequence::New);

    connect(m_new, &QPushButton::clicked, this, &IntegrationsPage::createIntegration);
    connect(m_edit, &QPushButton::clicked, this, &IntegrationsPage::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &IntegrationsPage::toggleSelectedActive);
    connect(m_delete, &QPushButton::clicked, this, &IntegrationsPage::deleteSelected);
    connect(m_test, &QPushButton::clicked, this, &IntegrationsPage::testSelectedConnection);
    connect(m_table, &QTableView::doubleClicked, this, &IntegrationsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IntegrationsPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_toggle, m_test, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(m_status);
    setContentFillsHeight(true);
    retranslateUi();
    reload();
    // Fit the columns to what is there once; later the user's widths (remembered) win.
    fitColumnsOnce(m_table);
}

void IntegrationsPage::reload()
{
    try {
        m_model->refresh();
    } catch (const Error &error) {
        m_status->setText(tr("The integrations could not be read: %1").arg(error.message()));
    }
    updateButtons();
}

std::optional<Integration> IntegrationsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->integrationAt(rows.first().row());
}

void IntegrationsPage::selectRow(int row)
{
    m_table->selectRow(row);
}

void IntegrationsPage::updateButtons()
{
    const std::optional<Integration> current = selected();
    m_edit->setEnabled(current.has_value());
    m_toggle->setEnabled(current.has_value());
    m_delete->setEnabled(current.has_value());
    m_test->setEnabled(current && current->type == IntegrationType::Erp && m_services.syncEngine);
    m_toggle->setText(current && current->active ? tr("&Deactivate") : tr("&Activate"));
}

void IntegrationsPage::createIntegration()
{
    Integration blank;
    blank.provider = QStringLiteral("custom");
    const std::optional<Entry> entered = m_editor(blank);
    if (!entered)
        return;
    try {
        const Integration created =
            IntegrationRepository(m_services.database, m_services.clock).create(entered->integration);
        m_status->setText(tr("Integration \"%1\" created.").arg(created.name));
        storeCredential(created, entered->credential);
    } catch (const Error &error) {
        m_status->setText(tr("The integration was not saved: %1").arg(error.message()));
    }
    reload();
}

void IntegrationsPage::editSelected()
{
    const std::optional<Integration> current = selected();
    if (!current)
        return;
    const std::optional<Entry> entered = m_editor(*current);
    if (!entered)
        return;
    try {
        IntegrationRepository(m_services.database, m_services.clock).update(entered->integration);
        m_status->setText(tr("Integration \"%1\" saved.").arg(entered->integration.name));
        storeCredential(entered->integration, entered->credential);
    } catch (const Error &error) {
        m_status->setText(tr("The integration was not saved: %1").arg(error.message()));
    }
    reload();
}

void IntegrationsPage::toggleSelectedActive()
{
    const std::optional<Integration> current = selected();
    if (!current)
        return;
    try {
        IntegrationRepository(m_services.database, m_services.clock).setActive(current->id, !current->active);
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
    reload();
}

void IntegrationsPage::deleteSelected()
{
    const std::optional<Integration> current = selected();
    if (!current)
        return;
    if (!m_confirmer(tr("Delete the integration \"%1\" and its subscriptions? The delivery log keeps its records.")
                         .arg(current->name)))
        return;
    try {
        IntegrationRepository(m_services.database, m_services.clock).remove(current->id);
        m_status->setText(tr("Integration \"%1\" deleted.").arg(current->name));
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
    reload();
}

void IntegrationsPage::storeCredential(const Integration &integration, const QByteArray &credential)
{
    if (credential.isEmpty())
        return;
    IntegrationCredentials::store(m_services.database, m_services.secrets, m_services.clock, integration.id, credential)
        .then([self = QPointer<IntegrationsPage>(this)](const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty())
                self->m_status->setText(error);
            Q_EMIT self->credentialStored(error.isEmpty());
        });
}

void IntegrationsPage::testSelectedConnection()
{
    const std::optional<Integration> current = selected();
    if (!current || !m_services.syncEngine)
        return;
    m_test->setEnabled(false);
    m_status->setText(tr("Testing the connection of \"%1\"…").arg(current->name));
    m_services.syncEngine->testConnection(current->id)
        .then([self = QPointer<IntegrationsPage>(this), name = current->name](const ErpResult<QString> &result) {
            if (!self)
                return;
            self->m_status->setText(result.ok()
                                        ? tr("Connection to \"%1\" works: %2").arg(name, *result.value)
                                        : tr("Connection to \"%1\" failed: %2").arg(name, result.error.message));
            self->updateButtons();
            Q_EMIT self->connectionTested(result.ok());
        });
}

QString IntegrationsPage::statusText() const
{
    return m_status->text();
}

void IntegrationsPage::setRowCounts(const RowCounts &)
{
    reload();
}

void IntegrationsPage::retranslateUi()
{
    Page::retranslateUi();
    m_new->setText(tr("&New…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("De&lete"));
    m_test->setText(tr("&Test connection"));
    m_test->setToolTip(tr("Ask the ERP whether it answers with the stored settings and credential (%1)")
                           .arg(m_test->shortcut().toString(QKeySequence::NativeText)));
    updateButtons();
}

} // namespace garagereg
