#pragma once

#include "ui/Page.h"

#include <QFrame>
#include <QList>

#include <optional>

class QLabel;

namespace garagereg {

class RowCountTable;

// A card on the dashboard: a section's name and the row count of its main table.
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryCard(Section section, QWidget *parent = nullptr);

    Section section() const { return m_section; }
    void setCount(std::optional<qint64> count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Section m_section;
    std::optional<qint64> m_count;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_caption = nullptr;
};

// The dashboard: one card per section and the row count of every table of the
// schema. A later version adds health and recent activity.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setRowCounts(const RowCounts &counts) override;

protected:
    void retranslateUi() override;

private:
    QList<SummaryCard *> m_cards;
    QLabel *m_tablesHeading = nullptr;
    RowCountTable *m_table = nullptr;
};

} // namespace garagereg
