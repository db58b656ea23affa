#pragma once

#include "models/domain/Part.h"

namespace garagereg {

// What the ERP sync tells the rest of GarageReg about parts: a part that a sync
// created, and stock that fell below its minimum. The webhook engine listens
// through WebhookInventoryEvents; tests can record them.
class InventoryEvents
{
public:
    virtual ~InventoryEvents() = default;
    virtual void partCreated(const Part &part) = 0;
    virtual void stockFellBelowMinimum(const Part &part) = 0;
};

class WebhookEventService;

// Raises inventory.item_created and inventory.low_stock webhooks.
class WebhookInventoryEvents final : public InventoryEvents
{
public:
    explicit WebhookInventoryEvents(WebhookEventService &events);
    void partCreated(const Part &part) override;
    void stockFellBelowMinimum(const Part &part) override;

private:
    WebhookEventService &m_events;
};

} // namespace garagereg
