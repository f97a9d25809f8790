namespace Vigil.Store;

/// <summary>A reviewer tried to approve or reject their own proposal: four-eyes review needs a second person.</summary>
public sealed class FourEyesException(string message) : InvalidOperationException(message);
