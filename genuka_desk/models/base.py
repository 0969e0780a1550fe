"""The base every Genuka model shares: unknown keys kept, nothing strict."""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict

from .coerce import to_object, to_object_list

T = TypeVar("T")

# A nested object that may come as {}, [] or null (then None).
Nested = Annotated[T | None, BeforeValidator(to_object)]
# A list of nested objects that may come as null, {} or a PHP keyed array.
NestedList = Annotated[list[T], BeforeValidator(to_object_list)]


class GenukaModel(BaseModel):
    """Lenient base: unknown keys are kept (``extra="allow"``), names or aliases."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    def extra(self, key: str, default: Any = None) -> Any:
        """A key the model does not declare, as the server sent it."""
        return (self.__pydantic_extra__ or {}).get(key, default)
