#pragma once

#include "models/domain/Integration.h"
#include "ui/Page.h"

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace garagereg {

struct GuiServices;
class IntegrationListModel;

// Office staff's list of integrations: create, edit, activate or deactivate,
// and delete (after a confirmation).
class IntegrationsPage : public Page
{
    Q_OBJECT

public:
    // What the form returns: the integration and a credential typed in (empty
    // keeps the stored one).
    struct Entry
    {
        Integration integration;
        QByteArray credential;
    };
    // Shows the form and returns what was entered, or nothing when cancelled.
    using Editor = std::function<std::optional<Entry>(const Integration &)>;
    // Asks before something is destroyed.
    using Confirmer = std::function<bool(const QString &question)>;

    explicit IntegrationsPage(GuiServices &services, QWidget *parent = nullptr);

    void setRowCounts(const RowCounts &counts) override;
    IntegrationListModel *model() const { return m_model; }
    // Tests replace the modal dialogs.
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }

    void createIntegration();
    void editSelected();
    void toggleSelectedActive();
    void deleteSelected();
    // Asks the ERP of the selected integration whether it answers; the result
    // is shown under the table (connectionTested() follows).
    void testSelectedConnection();
    void selectRow(int row);
    QString statusText() const;

Q_SIGNALS:
    void connectionTested(bool ok);
    void credentialStored(bool ok);

protected:
    void retranslateUi() override;

private:
    void reload();
    std::optional<Integration> selected() const;
    void updateButtons();
    void storeCredential(const Integration &integration, const QByteArray &credential);

    GuiServices &m_services;
    IntegrationListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    Editor m_editor;
    Confirmer m_confirmer;
};

} // namespace garagereg
