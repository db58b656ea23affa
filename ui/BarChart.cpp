#include "ui/BarChart.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace garagereg {

namespace {
constexpr int margin = 4;
constexpr int gap = 8;
} // namespace

BarChart::BarChart(QWidget *parent)
    : ChartWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setAttribute(Qt::WA_Hover);
    updateAccessibleDescription();
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    clearHover();
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
        setAccessibleDescription(emptyText());
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

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();

    if (paintEmptyText(painter))
        return;

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
        if (index == hoveredItem()) {
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
