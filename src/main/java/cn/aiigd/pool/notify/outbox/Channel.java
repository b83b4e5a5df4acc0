package cn.aiigd.pool.notify.outbox;

public enum Channel { WECHAT, SMS, EMAIL }
