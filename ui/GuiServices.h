#pragma once

class QNetworkAccessManager;

namespace garagereg {

class BackgroundReads;
class Clock;
class Database;
class DeliveryEngine;
class ErpSyncEngine;
class LiveUpdates;
class SecretStore;
class WebhookEventService;

// The core services the desktop application's pages use. Owned by main() (or a
// test); pages hold references and never create services of their own.
struct GuiServices
{
    const Database &database;
    SecretStore &secrets;
    const Clock &clock;
    QNetworkAccessManager &network;
    WebhookEventService &events;
    DeliveryEngine *deliveryEngine = nullptr; // may be absent (tests, or another process delivers)
    ErpSyncEngine *syncEngine = nullptr;
    LiveUpdates *liveUpdates = nullptr;         // absent in tests that do not need it
    BackgroundReads *backgroundReads = nullptr; // absent: pages read on the UI thread
};

} // namespace garagereg
