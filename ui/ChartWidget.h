#pragma once

#include <QWidget>

class QPainter;

namespace garagereg {

// What the dashboard's QPainter charts share: an empty text shown instead of
// an empty chart, the hovered item (highlighted and given a tooltip), and the
// accessible description kept current when the language, locale or font
// changes. Subclasses say where their items are and draw them.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    // True when there is nothing to draw: the empty text is shown.
    virtual bool isEmpty() const = 0;
    // The tooltip for a point: the item's text, or empty off the items.
    virtual QString toolTipAt(const QPoint &position) const = 0;

protected:
    // The item under a point (-1 for none) and its rectangle.
    virtual int itemAt(const QPoint &position) const = 0;
    virtual QRect itemRect(int index) const = 0;
    virtual void updateAccessibleDescription() = 0;

    int hoveredItem() const { return m_hovered; }
    // For new data: nothing is hovered any more.
    void clearHover() { m_hovered = -1; }
    // Draws the empty text when the chart is empty; returns whether it did.
    bool paintEmptyText(QPainter &painter) const;

    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_emptyText;
    int m_hovered = -1;
};

} // namespace garagereg
