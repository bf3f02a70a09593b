"""Pintu: Portal Informasi dan Pengaduan Terpadu."""
