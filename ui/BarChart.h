#pragma once

#include "ui/ChartWidget.h"
#include <QColor>
#include <QList>

namespace garagereg {

// A small horizontal bar chart drawn with QPainter: one row per bar with its
// label, a bar as long as its share of the largest value, and the value as a
// number in the current locale. Hovering a row shows its value and share as a
// tooltip; screen readers get every value through the accessible description.
// Without any value it shows the empty text instead.
class BarChart : public ChartWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        qint64 value = 0;
        QColor color;    // invalid: the palette's highlight colour
        QString toolTip; // empty: the label, the value and its share of the total
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    qint64 total() const;
    // True when there is nothing to draw: the empty text is shown.
    bool isEmpty() const override { return total() == 0; }

    // The row of a bar in widget coordinates (empty when there is no such row).
    QRect rowRect(int index) const;
    // The tooltip for a point: the row's text, or empty off the rows.
    QString toolTipAt(const QPoint &position) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    int itemAt(const QPoint &position) const override { return rowAt(position); }
    QRect itemRect(int index) const override { return rowRect(index); }

private:
    int rowHeight() const;
    int rowAt(const QPoint &position) const;
    QString toolTipFor(int index) const;
    void updateAccessibleDescription() override;

    QList<Bar> m_bars;
};

} // namespace garagereg
