using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Stores an enum as the same kebab-case code the API speaks (<c>child-or-young-person</c>), so data and JSON agree.</summary>
public sealed class KebabCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(value => KebabCodes<TEnum>.ToCode(value), code => KebabCodes<TEnum>.FromCode(code))
    where TEnum : struct, Enum;
