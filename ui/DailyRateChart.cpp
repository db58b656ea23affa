#include "ui/DailyRateChart.h"

#include "ui/StatusColors.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace garagereg {

namespace {
constexpr int margin = 4;
constexpr int gap = 6;
} // namespace

DailyRateChart::DailyRateChart(QWidget *parent)
    : ChartWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateAccessibleDescription();
}

void DailyRateChart::setDays(const QList<DeliveryMetrics::DailyRate> &days)
{
    m_days = days;
    clearHover();
    updateAccessibleDescription();
    update();
}

qint64 DailyRateChart::totalAttempts() const
{
    qint64 sum = 0;
    for (const DeliveryMetrics::DailyRate &day : m_days)
        sum += day.attempts;
    return sum;
}

QString DailyRateChart::percent(double value, int decimals) const
{
    //: A percentage; %1 is the number in the current locale
    return tr("%1 %").arg(QLocale().toString(value, 'f', decimals));
}

QString DailyRateChart::shortDate(const QDate &day) const
{
    //: Date format of the day labels under the success rate chart (QDate format)
    return QLocale().toString(day, tr("MMM d"));
}

QRect DailyRateChart::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    const int left = margin + metrics.horizontalAdvance(percent(100, 0)) + gap;
    const int bottom = margin + metrics.height() + gap;
    return QRect(left, margin + metrics.height() / 2, std::max(0, width() - left - margin),
                 std::max(0, height() - bottom - margin - metrics.height() / 2));
}

QRect DailyRateChart::dayRect(int index) const
{
    if (isEmpty() || index < 0 || index >= m_days.size())
        return {};
    const QRect plot = plotRect();
    const double step = double(plot.width()) / double(m_days.size());
    const int left = plot.left() + int(step * index);
    const int right = plot.left() + int(step * (index + 1));
    return {left, plot.top(), std::max(1, right - left), plot.height()};
}

int DailyRateChart::dayAt(const QPoint &position) const
{
    for (int index = 0; index < m_days.size(); ++index) {
        if (dayRect(index).contains(position))
            return index;
    }
    return -1;
}

QString DailyRateChart::toolTipFor(int index) const
{
    const DeliveryMetrics::DailyRate &day = m_days.at(index);
    const QLocale locale;
    const QString date = locale.toString(day.day, QLocale::LongFormat);
    if (day.attempts == 0)
        return tr("%1: no delivery attempts").arg(date);
    return tr("%1: %2 succeeded (%3 of %4 attempts)")
        .arg(date, percent(100.0 * double(day.succeeded) / double(day.attempts), 1), locale.toString(day.succeeded),
             locale.toString(day.attempts));
}

QString DailyRateChart::toolTipAt(const QPoint &position) const
{
    const int index = dayAt(position);
    return index < 0 ? QString() : toolTipFor(index);
}

void DailyRateChart::updateAccessibleDescription()
{
    if (isEmpty()) {
        setAccessibleDescription(emptyText());
        return;
    }
    qint64 succeeded = 0;
    for (const DeliveryMetrics::DailyRate &day : std::as_const(m_days))
        succeeded += day.succeeded;
    const QLocale locale;
    QStringList parts{tr("%1 of %2 attempts succeeded from %3 to %4 (%5)")
                          .arg(locale.toString(succeeded), locale.toString(totalAttempts()),
                               locale.toString(m_days.first().day, QLocale::ShortFormat),
                               locale.toString(m_days.last().day, QLocale::ShortFormat),
                               percent(100.0 * double(succeeded) / double(totalAttempts()), 1))};
    for (int index = 0; index < m_days.size(); ++index) {
        if (m_days.at(index).attempts > 0)
            parts.append(toolTipFor(index));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

QSize DailyRateChart::sizeHint() const
{
    return {420, 8 * fontMetrics().height() + 2 * margin};
}

QSize DailyRateChart::minimumSizeHint() const
{
    return {200, 5 * fontMetrics().height() + 2 * margin};
}

void DailyRateChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();

    if (paintEmptyText(painter))
        return;

    const QRect plot = plotRect();
    const QColor text = colors.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(45);

    // The scale: 0, 50 and 100 %.
    for (const int level : {0, 50, 100}) {
        const int y = plot.bottom() - int(double(plot.height()) * level / 100.0);
        painter.setPen(QPen(grid, 1, level == 0 ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(colors.color(QPalette::PlaceholderText));
        painter.drawText(QRect(margin, y - fontMetrics().height() / 2, plot.left() - margin - gap,
                               fontMetrics().height()),
                         Qt::AlignRight | Qt::AlignVCenter, percent(level, 0));
    }

    // A faint bar per day: how many attempts there were, against the busiest day.
    qint64 busiest = 1;
    for (const DeliveryMetrics::DailyRate &day : std::as_const(m_days))
        busiest = std::max(busiest, day.attempts);
    QColor volume = colors.color(QPalette::Highlight);
    volume.setAlpha(50);
    for (int index = 0; index < m_days.size(); ++index) {
        const QRect column = dayRect(index);
        if (index == hoveredItem()) {
            QColor hover = colors.color(QPalette::Highlight);
            hover.setAlpha(30);
            painter.fillRect(column, hover);
        }
        const qint64 attempts = m_days.at(index).attempts;
        if (attempts == 0)
            continue;
        const int height = std::max(1, int(double(column.height()) * 0.5 * double(attempts) / double(busiest)));
        painter.fillRect(QRect(column.left() + 1, column.bottom() - height + 1, std::max(1, column.width() - 2), height),
                         volume);
    }

    // The success rate: a line through the days with attempts, broken by the days without.
    const auto pointOf = [&](int index) {
        const DeliveryMetrics::DailyRate &day = m_days.at(index);
        const double rate = double(day.succeeded) / double(day.attempts);
        return QPointF(dayRect(index).center().x() + 0.5, plot.bottom() - rate * plot.height());
    };
    QPainterPath line;
    bool drawing = false;
    for (int index = 0; index < m_days.size(); ++index) {
        if (m_days.at(index).attempts == 0) {
            drawing = false;
            continue;
        }
        if (drawing)
            line.lineTo(pointOf(index));
        else
            line.moveTo(pointOf(index));
        drawing = true;
    }
    painter.setPen(QPen(colors.color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
    const double radius = std::clamp(plot.width() / double(std::max<qsizetype>(1, m_days.size())) / 4.0, 2.0, 4.0);
    for (int index = 0; index < m_days.size(); ++index) {
        const DeliveryMetrics::DailyRate &day = m_days.at(index);
        if (day.attempts == 0)
            continue;
        painter.setPen(QPen(colors.color(QPalette::Window), 1));
        painter.setBrush(StatusColors::successRate(day.attempts, day.succeeded, colors));
        painter.drawEllipse(pointOf(index), radius, radius);
    }

    // The first and the last day under the plot.
    painter.setPen(colors.color(QPalette::PlaceholderText));
    const QRect labels(plot.left(), plot.bottom() + gap, plot.width(), fontMetrics().height());
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, shortDate(m_days.first().day));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, shortDate(m_days.last().day));
}

} // namespace garagereg
