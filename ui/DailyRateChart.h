#pragma once

#include "models/storage/WebhookStatistics.h"

#include <QList>
#include <QWidget>

namespace garagereg {

// The success rate of delivery attempts day by day, drawn with QPainter: a
// faint bar per day for the number of attempts, and over it a line of the share
// that succeeded (0-100 %), each day's point coloured by the health thresholds.
// Days without attempts leave a gap in the line. Hovering a day shows its date,
// rate and counts as a tooltip; the accessible description sums the period up.
// Without any attempt it shows the empty text instead.
class DailyRateChart : public QWidget
{
    Q_OBJECT

public:
    explicit DailyRateChart(QWidget *parent = nullptr);

    // One entry per day, oldest first (WebhookStatistics::dailyRates()).
    void setDays(const QList<DeliveryMetrics::DailyRate> &days);
    const QList<DeliveryMetrics::DailyRate> &days() const { return m_days; }
    qint64 totalAttempts() const;
    bool isEmpty() const { return totalAttempts() == 0; }

    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    // The column of a day in widget coordinates (empty when there is no such day).
    QRect dayRect(int index) const;
    QString toolTipAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect plotRect() const;
    int dayAt(const QPoint &position) const;
    QString toolTipFor(int index) const;
    QString percent(double value, int decimals) const;
    QString shortDate(const QDate &day) const;
    void updateAccessibleDescription();

    QList<DeliveryMetrics::DailyRate> m_days;
    QString m_emptyText;
    int m_hovered = -1;
};

} // namespace garagereg
