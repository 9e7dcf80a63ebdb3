"""Outreach for contact points: flyers and the anonymous demand report."""
