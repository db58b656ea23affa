#pragma once

#include "models/storage/DatabaseInspector.h"
#include "ui/Sections.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace garagereg {

// Row counts by table name, as read by MainWindow::refresh().
using RowCounts = QHash<QString, qint64>;

// One section of the main window: a title, a one-line description and the
// section's own content below them.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(Section section, QWidget *parent = nullptr);

    Section section() const { return m_section; }

    // Called after every refresh with the counts of all tables of the schema.
    virtual void setRowCounts(const RowCounts &counts) = 0;

protected:
    void changeEvent(QEvent *event) override;
    // Re-reads every translated text; subclasses call the base first.
    virtual void retranslateUi();

    // Where subclasses add their content, under the header.
    QVBoxLayout *contentLayout() const { return m_contentLayout; }
    // Pages built around a table give it the window's whole height; others keep
    // their content at the top.
    void setContentFillsHeight(bool fills);

private:
    Section m_section;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
};

} // namespace garagereg
