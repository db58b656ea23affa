#pragma once

#include "ui/Page.h"

class QLabel;

namespace garagereg {

class RowCountTable;

// The placeholder of a section that a later version fills: what the section
// will hold and how many rows its tables have today.
class SectionPage : public Page
{
    Q_OBJECT

public:
    explicit SectionPage(Section section, QWidget *parent = nullptr);

    void setRowCounts(const RowCounts &counts) override;

protected:
    void retranslateUi() override;

private:
    QLabel *m_tablesHeading = nullptr;
    RowCountTable *m_table = nullptr;
};

} // namespace garagereg
