"""The Qt desktop app: windows, dialogs, table models and delegates over the OrderService."""
