package cn.aiigd.pool.broadcast;

/** What staff write: the announcement and who gets it. */
public record BroadcastForm(BroadcastKind kind, String title, String body, String linkUrl, Audience audience) {
}
