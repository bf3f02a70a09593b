"""Small nested representations shared by every area of the API (an agency, an area, a category)."""

from rest_framework import serializers

from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category


class AgencyRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Agency
        fields = ("id", "code", "name")


class AreaRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Area
        fields = ("id", "name", "level", "code")


class CategoryRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Category
        fields = ("id", "code", "name")


class MessageSerializer(serializers.Serializer):
    """The answer of an action: what happened, in words."""

    detail = serializers.CharField()
