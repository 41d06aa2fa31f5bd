using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Responses;

namespace Participation.Modules.Surveys.Application;

/// <summary>Answers to surveys.</summary>
public interface ISurveyResponseRepository : IRepository<SurveyResponse, SurveyResponseId>;
