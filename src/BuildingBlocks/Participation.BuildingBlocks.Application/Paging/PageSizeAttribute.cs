using System.ComponentModel.DataAnnotations;

namespace Participation.BuildingBlocks.Application.Paging;

/// <summary>A <c>pageSize</c> parameter: 1 to <see cref="Paging.MaxPageSize"/>, published and enforced alike.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PageSizeAttribute() : RangeAttribute(1, Paging.MaxPageSize);
