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
    // Shows the form and returns what was saved, or nothing when cancelled.
    using Editor = std::function<std::optional<Integration>(const Integration &)>;
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
    void selectRow(int row);

protected:
    void retranslateUi() override;

private:
    void reload();
    std::optional<Integration> selected() const;
    void updateButtons();

    GuiServices &m_services;
    IntegrationListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
    Editor m_editor;
    Confirmer m_confirmer;
};

} // namespace garagereg
