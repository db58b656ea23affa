#include "ui/BarChart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace garagereg {

namespace {
constexpr int margin = 4;
constexpr int gap = 8;
} // namespace

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setAttribute(Qt::WA_Hover);
    updateAccessibleDescription();
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    m_hovered = -1;
    updateAccessibleDescription();
    updateGeometry();
    update();
}

qint64 BarChart::total() const
{
    qint64 sum = 0;
    for (const Bar &bar : m_bars)
        sum += std::max<qint64>(bar.value, 0);
    return sum;
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateAccessibleDescription();
    update();
}

int BarChart::rowHeight() const
{
    return fontMetrics().height() + 10;
}

QRect BarChart::rowRect(int index) const
{
    if (isEmpty() || index < 0 || index >= m_bars.size())
        return {};
    return {0, margin + index * rowHeight(), width(), rowHeight()};
}

int BarChart::rowAt(const QPoint &position) const
{
    for (int index = 0; index < m_bars.size(); ++index) {
        if (rowRect(index).contains(position))
            return index;
    }
    return -1;
}

QString BarChart::toolTipFor(int index) const
{
    const Bar &bar = m_bars.at(index);
    if (!bar.toolTip.isEmpty())
        return bar.toolTip;
    const QLocale locale;
    const double share = total() > 0 ? 100.0 * double(bar.value) / double(total()) : 0.0;
    //: A bar of a chart: its label, its value and its share of all bars, e.g. "Failed: 1,234 (5.2 %)"
    return tr("%1: %2 (%3 %)").arg(bar.label, locale.toString(bar.value), locale.toString(share, 'f', 1));
}

QString BarChart::toolTipAt(const QPoint &position) const
{
    const int index = rowAt(position);
    return index < 0 ? QString() : toolTipFor(index);
}

void BarChart::updateAccessibleDescription()
{
    if (isEmpty()) {
        setAccessibleDescription(m_emptyText);
        return;
    }
    QStringList lines;
    for (int index = 0; index < m_bars.size(); ++index)
        lines.append(toolTipFor(index));
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
}

QSize BarChart::sizeHint() const
{
    const int rows = isEmpty() ? 2 : int(m_bars.size());
    return {360, 2 * margin + std::max(rows, 2) * rowHeight()};
}

QSize BarChart::minimumSizeHint() const
{
    return {160, 2 * margin + 2 * rowHeight()};
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, rowRect(rowAt(help->pos())));
        }
        return true;
    }
    return QWidget::event(event);
}

void BarChart::mouseMoveEvent(QMouseEvent *event)
{
    const int hovered = rowAt(event->position().toPoint());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void BarChart::leaveEvent(QEvent *event)
{
    if (m_hovered != -1) {
        m_hovered = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void BarChart::changeEvent(QEvent *event)
{
    // The numbers follow the locale, the geometry the font.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::FontChange) {
        updateAccessibleDescription();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();

    if (isEmpty()) {
        painter.setPen(colors.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }

    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = 0;
    int valueWidth = 0;
    qint64 largest = 1;
    for (const Bar &bar : std::as_const(m_bars)) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(locale.toString(bar.value)));
        largest = std::max(largest, bar.value);
    }
    // A pixel or two more than measured: elidedText() rounds differently from horizontalAdvance().
    labelWidth = std::min(labelWidth + 2, width() / 3);
    const int barLeft = margin + labelWidth + gap;
    const int barSpace = std::max(0, width() - barLeft - gap - valueWidth - margin);

    for (int index = 0; index < m_bars.size(); ++index) {
        const Bar &bar = m_bars.at(index);
        const QRect row = rowRect(index);
        if (index == m_hovered) {
            QColor hover = colors.color(QPalette::Highlight);
            hover.setAlpha(40);
            painter.fillRect(row, hover);
        }
        painter.setPen(colors.color(QPalette::WindowText));
        const QRect labelRect(margin, row.top(), labelWidth, row.height());
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelWidth));

        const QRect track(barLeft, row.top() + 4, barSpace, row.height() - 8);
        QColor trackColor = colors.color(QPalette::WindowText);
        trackColor.setAlpha(25);
        painter.setPen(Qt::NoPen);
        painter.setBrush(trackColor);
        painter.drawRoundedRect(track, 3, 3);
        const int length = bar.value > 0 ? std::max(2, int(double(barSpace) * double(bar.value) / double(largest))) : 0;
        painter.setBrush(bar.color.isValid() ? bar.color : colors.color(QPalette::Highlight));
        painter.drawRoundedRect(QRect(track.left(), track.top(), length, track.height()), 3, 3);

        painter.setPen(colors.color(QPalette::WindowText));
        painter.drawText(QRect(track.right() + gap, row.top(), valueWidth, row.height()),
                         Qt::AlignVCenter | Qt::AlignRight, locale.toString(bar.value));
    }
}

} // namespace garagereg
