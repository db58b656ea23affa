#pragma once

#include "models/storage/WebhookStatistics.h"

#include "ui/ChartWidget.h"
#include <QList>

namespace garagereg {

// The success rate of delivery attempts day by day, drawn with QPainter: a
// faint bar per day for the number of attempts, and over it a line of the share
// that succeeded (0-100 %), each day's point coloured by the health thresholds.
// Days without attempts leave a gap in the line. Hovering a day shows its date,
// rate and counts as a tooltip; the accessible description sums the period up.
// Without any attempt it shows the empty text instead.
class DailyRateChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit DailyRateChart(QWidget *parent = nullptr);

    // One entry per day, oldest first (WebhookStatistics::dailyRates()).
    void setDays(const QList<DeliveryMetrics::DailyRate> &days);
    const QList<DeliveryMetrics::DailyRate> &days() const { return m_days; }
    qint64 totalAttempts() const;
    bool isEmpty() const override { return totalAttempts() == 0; }

    // The column of a day in widget coordinates (empty when there is no such day).
    QRect dayRect(int index) const;
    QString toolTipAt(const QPoint &position) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    int itemAt(const QPoint &position) const override { return dayAt(position); }
    QRect itemRect(int index) const override { return dayRect(index); }

private:
    QRect plotRect() const;
    int dayAt(const QPoint &position) const;
    QString toolTipFor(int index) const;
    QString percent(double value, int decimals) const;
    QString shortDate(const QDate &day) const;
    void updateAccessibleDescription() override;

    QList<DeliveryMetrics::DailyRate> m_days;
};

} // namespace garagereg
