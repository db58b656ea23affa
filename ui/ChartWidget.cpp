#include "ui/ChartWidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace garagereg {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
}

void ChartWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateAccessibleDescription();
    update();
}

bool ChartWidget::paintEmptyText(QPainter &painter) const
{
    if (!isEmpty())
        return false;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    return true;
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, itemRect(itemAt(help->pos())));
        }
        return true;
    }
    return QWidget::event(event);
}

void ChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int hovered = itemAt(event->position().toPoint());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ChartWidget::leaveEvent(QEvent *event)
{
    if (m_hovered != -1) {
        m_hovered = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void ChartWidget::changeEvent(QEvent *event)
{
    // The numbers follow the locale, the geometry the font.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::FontChange) {
        updateAccessibleDescription();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace garagereg
