#pragma once

#include "ui/Page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace garagereg {

struct GuiServices;
class PartTableModel;

// The local spare-part catalogue with search; parts below their minimum stock
// are highlighted.
class PartsPage : public Page
{
    Q_OBJECT

public:
    explicit PartsPage(GuiServices &services, QWidget *parent = nullptr);

    void setRowCounts(const RowCounts &counts) override;
    PartTableModel *model() const { return m_model; }

protected:
    void retranslateUi() override;

private:
    void reload();

    PartTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_lowStockOnly = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace garagereg
