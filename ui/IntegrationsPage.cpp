#include "ui/IntegrationsPage.h"

#include "models/common/Error.h"
#include "models/items/IntegrationListModel.h"
#include "models/storage/IntegrationRepository.h"
#include "ui/GuiServices.h"
#include "ui/IntegrationForm.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
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
    , m_status(new QLabel)
{
    m_editor = [this](const Integration &integration) -> std::optional<Integration> {
        IntegrationForm form(integration, this);
        if (form.exec() != QDialog::Accepted)
            return std::nullopt;
        return form.integration();
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
    m_new->setShortcut(QKeySequence::New);

    connect(m_new, &QPushButton::clicked, this, &IntegrationsPage::createIntegration);
    connect(m_edit, &QPushButton::clicked, this, &IntegrationsPage::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &IntegrationsPage::toggleSelectedActive);
    connect(m_delete, &QPushButton::clicked, this, &IntegrationsPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &IntegrationsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IntegrationsPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_toggle, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(m_status);
    retranslateUi();
    reload();
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
    m_toggle->setText(current && current->active ? tr("&Deactivate") : tr("&Activate"));
}

void IntegrationsPage::createIntegration()
{
    Integration blank;
    blank.provider = QStringLiteral("custom");
    const std::optional<Integration> entered = m_editor(blank);
    if (!entered)
        return;
    try {
        const Integration created = IntegrationRepository(m_services.database, m_services.clock).create(*entered);
        m_status->setText(tr("Integration \"%1\" created.").arg(created.name));
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
    const std::optional<Integration> entered = m_editor(*current);
    if (!entered)
        return;
    try {
        IntegrationRepository(m_services.database, m_services.clock).update(*entered);
        m_status->setText(tr("Integration \"%1\" saved.").arg(entered->name));
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
    updateButtons();
}

} // namespace garagereg
